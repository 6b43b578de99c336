/**
 * The window's frame: the navigation rail, banners, the pages (built on first visit), help and the ticker.
 */
package org.smriti.ui.shell;
