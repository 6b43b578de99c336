/**
 * Stats: the heatmap, forecasts, retention, mastery and exam planning, one section each.
 */
package org.smriti.ui.stats;
