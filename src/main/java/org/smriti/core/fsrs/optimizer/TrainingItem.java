package org.smriti.core.fsrs.optimizer;

import java.util.List;

/**
 * One prediction to learn from (fsrs-rs {@code FSRSItem}): a card's reviews up to and including the target, the
 * last one. The model replays the earlier ones and is scored on whether the target was recalled.
 *
 * @param card    which card history the item belongs to, or {@link #UNKNOWN_CARD}: the items of one card must be
 *                prefixes of one another (as a card's items are), so that the model runs over the card once
 * @param reviews the history then the target, oldest first; the first has {@code deltaT} 0
 */
public record TrainingItem(int card, List<TrainingReview> reviews) {

    /** For items whose card is not known; each is then computed on its own. */
    public static final int UNKNOWN_CARD = -1;

    public TrainingItem {
        reviews = List.copyOf(reviews);
        if (reviews.size() < 2) {
            throw new IllegalArgumentException("a training item needs a history and a target, got "
                    + reviews.size() + " review(s)");
        }
    }

    /** An item of an unknown card. */
    public static TrainingItem of(List<TrainingReview> reviews) {
        return new TrainingItem(UNKNOWN_CARD, reviews);
    }

    /** The review the model is scored on. */
    public TrainingReview target() {
        return reviews.get(reviews.size() - 1);
    }

    /** Whether exactly one review (the first long-term one) is on a later day than the one before it. */
    boolean hasOneLongTermReview() {
        int count = 0;
        for (TrainingReview r : reviews) {
            if (r.deltaT() > 0 && ++count > 1) {
                return false;
            }
        }
        return count == 1;
    }

    /** Reviews on a later study day than the one before (the target included): fsrs-rs's long-term count. */
    public int longTermReviewCount() {
        int count = 0;
        for (TrainingReview r : reviews) {
            if (r.deltaT() > 0) {
                count++;
            }
        }
        return count;
    }

    /** The first review on a later day than the first review; the target when there is no earlier one. */
    TrainingReview firstLongTermReview() {
        for (TrainingReview r : reviews) {
            if (r.deltaT() > 0) {
                return r;
            }
        }
        return target();
    }
}
