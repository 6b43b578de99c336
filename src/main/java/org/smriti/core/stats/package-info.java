/**
 * Statistics computed from progress: the heatmap calendar, streaks, retention, the due forecast, topic mastery,
 * time per day, exam planning and exam mode.
 */
package org.smriti.core.stats;
