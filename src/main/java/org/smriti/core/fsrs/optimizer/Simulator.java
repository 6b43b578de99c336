package org.smriti.core.fsrs.optimizer;

import java.util.SplittableRandom;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * Simulates study with FSRS scheduling at a desired retention, as fsrs-rs's {@code simulate}
 * ({@code simulation.rs}): every day, due cards in order of due day, then reviews before new cards, then
 * difficulty; new cards up to the learn limit; a day ends at its review limit or once its cost exceeds the daily
 * maximum, the rest moving to the next day. A new card gets a first rating by {@code firstRatingProb} and then
 * same-day learning steps by the transition matrices; a review is recalled with its predicted probability, then
 * rated by {@code reviewRatingProb} (or Again, followed by relearning steps). Intervals are the FSRS interval for
 * the retention, rounded, between 1 day and the maximum.
 *
 * <p>fsrs-rs keeps one priority queue of all cards and re-queues every postponed card one by one; since a day's
 * answers only schedule cards for later days, the cards of a day are fixed when it starts, so this simulator
 * keeps a bucket per day ({@link DayQueue}) and takes each day's cards in the same order — an identical
 * sequence at a fraction of the cost when thousands of new cards wait for their day.
 *
 * <p>Differences from fsrs-rs, none of them in the model: the random numbers come from {@link SplittableRandom}
 * rather than Rust's {@code StdRng} (so a seed gives other, equally likely, outcomes); cards with equal priority
 * are taken in card order; existing cards, suspension after lapses and the scheduling hooks are not supported.
 */
public final class Simulator {

    /** Hears every simulated answer: for writing a synthetic review log. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param card   0-based card number
         * @param day    0-based day
         * @param rating 1..4
         * @param second seconds of study done that day before this answer
         * @param cost   seconds the answer took
         */
        void answer(int card, int day, int rating, double second, double cost);
    }

    private static final int LEARNING = 0;
    private static final int REVIEW = 1;
    private static final int RELEARNING = 2;
    private static final int MAX_STEPS = 5;

    private final SimulatorConfig config;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double[] firstRating;
    private final double[] reviewRating;
    private final double[][] learningSteps;
    private final double[][] relearningSteps;
    private final double[][] costs;

    public Simulator(SimulatorConfig config, FsrsParameters parameters) {
        this.config = config;
        this.w = parameters.toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
        this.firstRating = config.firstRatingProb();
        this.reviewRating = config.reviewRatingProb();
        this.learningSteps = config.learningStepTransitions();
        this.relearningSteps = config.relearningStepTransitions();
        this.costs = config.stateRatingCosts();
    }

    /** One simulated run at {@code retention} (0..1) with random numbers from {@code seed}. */
    public SimulationResult simulate(double retention, long seed) {
        return simulate(retention, seed, null);
    }

    /** As {@link #simulate(double, long)}, telling {@code listener} every answer (may be null). */
    public SimulationResult simulate(double retention, long seed, Listener listener) {
        int span = config.learnSpan();
        int n = config.deckSize();
        int[] reviews = new int[span];
        int[] learned = new int[span];
        double[] cost = new double[span];
        SplittableRandom random = new SplittableRandom(seed);
        double[] stability = new double[n];
        double[] difficulty = new double[n];
        int[] lastDate = new int[n];
        int[] due = new int[n];
        boolean[] isNew = new boolean[n];
        DayQueue queue = new DayQueue(span, n);
        int learnLimit = Math.max(1, config.learnLimit());
        for (int i = 0; i < n; i++) {
            isNew[i] = true;
            due[i] = config.learnLimit() == 0 ? span : i / learnLimit;
            queue.add(i, due[i], true, 0);
        }
        double intervalFactor = (Math.pow(retention, 1 / decay) - 1) / factor;
        for (int day = 0; day < span; day++) {
            int[] today = queue.take(day);
            for (int card : today) {
                boolean learn = isNew[card];
                boolean limited = learn
                        ? learned[day] + 1 > config.learnLimit() || (!config.newCardsIgnoreReviewLimit()
                                && learned[day] + reviews[day] + 1 > config.reviewLimit())
                        : reviews[day] + 1 > config.reviewLimit();
                if (limited || cost[day] > config.maxCostPerDay()) {
                    due[card] = day + 1;
                    queue.postpone(card);
                    continue;
                }
                if (learn) {
                    int rating = sample(firstRating, random) + 1;
                    double before = cost[day];
                    double answer = costs[LEARNING][rating - 1];
                    tell(listener, card, day, rating, before, answer);
                    double[] state = {w[rating - 1], clamp(initDifficulty(rating), 1, 10), answer};
                    shortTerm(state, rating, LEARNING, learningSteps, config.learningStepCount(), random, listener,
                            card, day, before);
                    stability[card] = state[0];
                    difficulty[card] = state[1];
                    learned[day]++;
                    cost[day] += state[2];
                    isNew[card] = false;
                } else {
                    double r = recall(day - lastDate[card], stability[card]);
                    boolean forget = !(random.nextDouble() < r);
                    int rating = forget ? 1 : sample(reviewRating, random) + 2;
                    double before = cost[day];
                    double answer = costs[REVIEW][rating - 1];
                    tell(listener, card, day, rating, before, answer);
                    double[] state;
                    if (forget) {
                        state = new double[] {stabilityAfterFailure(stability[card], r, difficulty[card]),
                            nextDifficulty(difficulty[card], rating), 0};
                        shortTerm(state, 0, RELEARNING, relearningSteps, config.relearningStepCount(), random,
                                listener, card, day, before + answer);
                        state[2] += answer;
                    } else {
                        state = new double[] {stabilityAfterSuccess(stability[card], r, difficulty[card], rating),
                            nextDifficulty(difficulty[card], rating), answer};
                    }
                    reviews[day]++;
                    cost[day] += state[2];
                    stability[card] = state[0];
                    difficulty[card] = state[1];
                }
                double interval = clamp(Math.round(stability[card] * intervalFactor), 1, config.maxInterval());
                lastDate[card] = day;
                due[card] = (int) Math.min(Integer.MAX_VALUE / 2, day + interval);
                queue.add(card, due[card], false, priority(difficulty[card]));
            }
            queue.endDay(day);
        }
        double memorized = 0; // on the last day: every learnt card's recall then
        for (int card = 0; card < n; card++) {
            if (!isNew[card]) {
                memorized += recall(span - 1 - lastDate[card], stability[card]);
            }
        }
        return new SimulationResult(reviews, learned, cost, memorized);
    }

    private static void tell(Listener listener, int card, int day, int rating, double second, double cost) {
        if (listener != null) {
            listener.answer(card, day, rating, second, cost);
        }
    }

    /** fsrs-rs orders a day's reviews by difficulty·100, rounded towards zero. */
    private static int priority(double difficulty) {
        return (int) (difficulty * 100);
    }

    /**
     * Same-day steps after an answer (fsrs-rs {@code memory_state_short_term}); {@code state} is {stability,
     * difficulty, cost so far} and is updated. {@code firstRating} 0 means a lapse (the steps start from Again).
     */
    private void shortTerm(double[] state, int firstRating, int kind, double[][] transitions, int steps,
                           SplittableRandom random, Listener listener, int card, int day, double second) {
        int rating = firstRating == 0 ? 1 : firstRating;
        int consecutiveMax = rating > 2 ? Math.max(0, steps - 1) : steps;
        int consecutive = 0;
        double s = state[0];
        double d = state[1];
        for (int i = 0; i < MAX_STEPS && consecutive < consecutiveMax && rating < 4; i++) {
            rating = sample(transitions[rating - 1], random) + 1;
            s = shortTermStability(s, rating);
            d = nextDifficulty(d, rating);
            double answer = costs[kind][rating - 1];
            tell(listener, card, day, rating, second + state[2], answer);
            state[2] += answer;
            if (rating > 2) {
                consecutive++;
            } else if (rating == 1) {
                consecutive = 0;
            }
        }
        state[0] = clamp(s, Model.S_MIN, Model.S_MAX);
        state[1] = clamp(d, 1, 10);
    }

    private static int sample(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double x : weights) {
            total += x;
        }
        double u = random.nextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (u < cumulative) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private double recall(double t, double s) {
        return Math.pow(t / s * factor + 1, decay);
    }

    private double initDifficulty(int rating) {
        return w[4] - Math.exp(w[5] * (rating - 1)) + 1;
    }

    private double nextDifficulty(double d, int rating) {
        double next = d + (10 - d) / 9 * (-w[6] * (rating - 3));
        return clamp(w[7] * initDifficulty(4) + (1 - w[7]) * next, 1, 10);
    }

    private double stabilityAfterSuccess(double s, double r, double d, int rating) {
        double hard = rating == 2 ? w[15] : 1;
        double easy = rating == 4 ? w[16] : 1;
        return clamp(s * (Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard
                * easy + 1), Model.S_MIN, Model.S_MAX);
    }

    private double stabilityAfterFailure(double s, double r, double d) {
        double floor = s / Math.exp(w[17] * w[18]);
        double next = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return clamp(Math.min(next, floor), Model.S_MIN, Model.S_MAX);
    }

    /** fsrs-rs's simulator floors the short-term factor at 1 from Good up (its model from Hard up). */
    private double shortTermStability(double s, int rating) {
        double sinc = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
        return clamp(s * (rating >= 3 ? Math.max(sinc, 1) : sinc), Model.S_MIN, Model.S_MAX);
    }

    private static double clamp(double x, double min, double max) {
        return Model.clamp(x, min, max);
    }
}
