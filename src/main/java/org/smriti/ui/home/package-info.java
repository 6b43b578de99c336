/**
 * Home: today at a glance and Start review.
 */
package org.smriti.ui.home;
