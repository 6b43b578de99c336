package org.smriti.core.fsrs.optimizer;

/**
 * What a simulated stretch of study gave, per day.
 *
 * @param reviews   reviews of learnt cards, per day
 * @param learned   new cards learnt, per day
 * @param cost      seconds of study, per day
 * @param memorized cards expected to be recalled on the last day: the sum of every learnt card's recall probability
 *                  then (fsrs-rs's last {@code memorized_cnt_per_day}; the earlier days are not computed)
 */
public record SimulationResult(int[] reviews, int[] learned, double[] cost, double memorized) {

    /** Total seconds of study over all days. */
    public double totalCost() {
        double sum = 0;
        for (double c : cost) {
            sum += c;
        }
        return sum;
    }

    /** Total reviews of learnt cards. */
    public int totalReviews() {
        int sum = 0;
        for (int r : reviews) {
            sum += r;
        }
        return sum;
    }

    /** fsrs-rs's default target for the optimal retention: seconds studied per card remembered at the end. */
    public double costPerMemorized() {
        return totalCost() / memorized;
    }
}
