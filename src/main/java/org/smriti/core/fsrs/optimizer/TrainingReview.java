package org.smriti.core.fsrs.optimizer;

/**
 * One review as the optimiser sees it (fsrs-rs {@code FSRSReview}).
 *
 * @param rating 1 (Again) .. 4 (Easy)
 * @param deltaT whole study days since the card's previous review; 0 for its first review and for a review on
 *               the same study day as the previous one
 */
public record TrainingReview(int rating, int deltaT) {

    public TrainingReview {
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("rating must be 1..4, was " + rating);
        }
        if (deltaT < 0) {
            throw new IllegalArgumentException("days since the previous review must be >= 0, was " + deltaT);
        }
    }

    /** Whether the review counts as remembered (anything but Again): the label the model is trained on. */
    public boolean recalled() {
        return rating > 1;
    }
}
