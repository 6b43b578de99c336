/**
 * Light and dark themes and the font size, applied to any scene.
 */
package org.smriti.ui.theme;
