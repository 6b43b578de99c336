/**
 * Review: the start screen, the card being studied and the session's summary, one view each (laid out in
 * FXML), over one view model; the keys are in {@link org.smriti.ui.review.ReviewKeys}.
 */
package org.smriti.ui.review;
