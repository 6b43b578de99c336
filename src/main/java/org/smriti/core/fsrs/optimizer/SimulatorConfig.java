package org.smriti.core.fsrs.optimizer;

import java.util.Arrays;

/**
 * What a simulated stretch of study looks like (fsrs-rs {@code SimulatorConfig}; defaults as there). Costs are in
 * seconds; states are 0 learning (a new card's first day), 1 review, 2 relearning.
 *
 * @param deckSize                   cards, all new at the start
 * @param learnSpan                  days simulated
 * @param maxCostPerDay              a day's study stops once its cost exceeds this (seconds)
 * @param maxInterval                longest interval, days
 * @param firstRatingProb            how often a new card's first answer is Again, Hard, Good, Easy
 * @param reviewRatingProb           how often a recalled review is answered Hard, Good, Easy
 * @param learnLimit                 new cards a day
 * @param reviewLimit                reviews a day
 * @param newCardsIgnoreReviewLimit  whether new cards count against the review limit too (false) or not (true)
 * @param learningStepTransitions    the next same-day rating after Again, Hard, Good during learning steps
 * @param relearningStepTransitions  the same during relearning steps
 * @param stateRatingCosts           seconds an answer takes, per state and rating
 * @param learningStepCount          learning steps
 * @param relearningStepCount        relearning steps
 */
public record SimulatorConfig(int deckSize, int learnSpan, double maxCostPerDay, double maxInterval,
                              double[] firstRatingProb, double[] reviewRatingProb, int learnLimit, int reviewLimit,
                              boolean newCardsIgnoreReviewLimit, double[][] learningStepTransitions,
                              double[][] relearningStepTransitions, double[][] stateRatingCosts,
                              int learningStepCount, int relearningStepCount) {

    public SimulatorConfig {
        if (deckSize < 1 || learnSpan < 1 || learnLimit < 0 || reviewLimit < 0 || maxInterval < 1) {
            throw new IllegalArgumentException("a simulation needs at least one card, one day and one-day intervals");
        }
        firstRatingProb = checked(firstRatingProb, 4, "first rating probabilities");
        reviewRatingProb = checked(reviewRatingProb, 3, "review rating probabilities");
        learningStepTransitions = checked(learningStepTransitions, 3, "learning step transitions");
        relearningStepTransitions = checked(relearningStepTransitions, 3, "relearning step transitions");
        stateRatingCosts = checked(stateRatingCosts, 3, "state rating costs");
    }

    /** fsrs-rs's defaults: 10,000 cards, 365 days, 30 minutes a day, no limits, Anki-wide averages. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(10_000, 365, 1800, 36_500, new double[] {0.24, 0.094, 0.495, 0.171},
                new double[] {0.224, 0.631, 0.145}, Integer.MAX_VALUE, Integer.MAX_VALUE, true,
                new double[][] {
                    {0.3686, 0.0628, 0.5108, 0.0577}, {0.0442, 0.4553, 0.4457, 0.0549}, {0.0519, 0.047, 0.8462, 0.055}},
                new double[][] {
                    {0.2157, 0.0643, 0.6595, 0.0604}, {0.05, 0.4638, 0.4475, 0.0387}, {0.1057, 0.1434, 0.7266, 0.0244}},
                new double[][] {
                    {19.58, 18.79, 13.78, 10.71}, {19.38, 17.59, 12.38, 8.94}, {16.44, 15.25, 12.32, 8.03}},
                2, 1);
    }

    /** These settings with a deck of {@code cards} cards, {@code newPerDay} new a day and at most {@code reviews}. */
    public SimulatorConfig withStudy(int cards, int newPerDay, int reviews, double maxIntervalDays) {
        return new SimulatorConfig(cards, learnSpan, maxCostPerDay, maxIntervalDays, firstRatingProb,
                reviewRatingProb, newPerDay, reviews, newCardsIgnoreReviewLimit, learningStepTransitions,
                relearningStepTransitions, stateRatingCosts, learningStepCount, relearningStepCount);
    }

    /** These settings with {@code learning} learning steps and {@code relearning} relearning steps. */
    public SimulatorConfig withSteps(int learning, int relearning) {
        return new SimulatorConfig(deckSize, learnSpan, maxCostPerDay, maxInterval, firstRatingProb,
                reviewRatingProb, learnLimit, reviewLimit, newCardsIgnoreReviewLimit, learningStepTransitions,
                relearningStepTransitions, stateRatingCosts, learning, relearning);
    }

    /** These settings over {@code days} days with at most {@code seconds} of study a day. */
    public SimulatorConfig withSpan(int days, double seconds) {
        return new SimulatorConfig(deckSize, days, seconds, maxInterval, firstRatingProb, reviewRatingProb,
                learnLimit, reviewLimit, newCardsIgnoreReviewLimit, learningStepTransitions,
                relearningStepTransitions, stateRatingCosts, learningStepCount, relearningStepCount);
    }

    @Override
    public double[] firstRatingProb() {
        return firstRatingProb.clone();
    }

    @Override
    public double[] reviewRatingProb() {
        return reviewRatingProb.clone();
    }

    @Override
    public double[][] learningStepTransitions() {
        return deepCopy(learningStepTransitions);
    }

    @Override
    public double[][] relearningStepTransitions() {
        return deepCopy(relearningStepTransitions);
    }

    @Override
    public double[][] stateRatingCosts() {
        return deepCopy(stateRatingCosts);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    private static double[] checked(double[] p, int length, String what) {
        if (p.length != length) {
            throw new IllegalArgumentException(what + " need " + length + " values, got " + p.length);
        }
        return p.clone();
    }

    private static double[][] checked(double[][] rows, int length, String what) {
        if (rows.length != length) {
            throw new IllegalArgumentException(what + " need " + length + " rows, got " + rows.length);
        }
        double[][] copy = new double[length][];
        for (int i = 0; i < length; i++) {
            copy[i] = checked(rows[i], 4, what);
        }
        return copy;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[" + deckSize + " cards, " + learnSpan + " days, " + maxCostPerDay + " s/day, "
                + learnLimit + " new/day, " + reviewLimit + " reviews/day, first ratings "
                + Arrays.toString(firstRatingProb) + "]";
    }
}
