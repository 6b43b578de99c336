/**
 * Application services that combine core rules with the data folder, without JavaFX:
 * {@link org.smriti.study.StudyService} (today's queue, answering, undo) and {@link org.smriti.study.Library}
 * (own notes and cards, saved durably, then studied at once).
 */
package org.smriti.study;
