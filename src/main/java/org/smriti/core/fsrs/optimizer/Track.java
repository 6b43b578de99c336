package org.smriti.core.fsrs.optimizer;

/**
 * One card's reviews in order, the unit the model is run over: the state is carried through the whole card once
 * and every review marked as a target (weight &gt; 0) is scored against the recall predicted just before it. This
 * is fsrs-rs's "windowed" batch column (training with card ids): the same loss and gradient as scoring each
 * training item's prefix separately, at the cost of one pass per card instead of one per item.
 */
final class Track {

    final int[] ratings;
    final double[] deltaT;
    final double[] labels;
    final double[] weights;

    /**
     * @param ratings 1..4 for each review
     * @param deltaT  days since the previous review (0 for the first and for same-day reviews)
     * @param labels  1 when the review at that position recalled (rating &gt; Again), else 0
     * @param weights the loss weight of each position; 0 = not a target (the first review is never one)
     */
    Track(int[] ratings, double[] deltaT, double[] labels, double[] weights) {
        if (ratings.length == 0 || deltaT.length != ratings.length || labels.length != ratings.length
                || weights.length != ratings.length) {
            throw new IllegalArgumentException("a track needs one rating, gap, label and weight per review");
        }
        if (weights[0] != 0) {
            throw new IllegalArgumentException("the first review of a card has no prediction to score");
        }
        this.ratings = ratings;
        this.deltaT = deltaT;
        this.labels = labels;
        this.weights = weights;
    }

    int length() {
        return ratings.length;
    }
}
