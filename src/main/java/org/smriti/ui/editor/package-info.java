/**
 * The card editor: every question type, checked as it is typed by the pack validator, with a live preview.
 */
package org.smriti.ui.editor;
