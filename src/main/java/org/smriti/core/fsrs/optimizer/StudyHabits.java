package org.smriti.core.fsrs.optimizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.progress.ReviewRecord;

/**
 * The aspirant's study habits for the simulator, from their review history, as fsrs-rs's
 * {@code extract_simulator_config} with smoothing (Anki's "compute optimal retention"): the seconds each answer
 * takes per state and rating; how often a new card's first answer and a review's answer is each rating; and how
 * same-day (re)learning steps follow one another. Each figure is blended with fsrs-rs's default by n / (50 + n)
 * for n observations, so a short history leans on the defaults. Answers taking 0 or at least 20 minutes are left
 * out. A review's state is the card's state before it: new and learning are fsrs-rs's "learning".
 */
public final class StudyHabits {

    private static final long MAX_MILLIS = 1_200_000;

    private StudyHabits() {
    }

    /**
     * @param cards each card's reviews, oldest first
     * @param clock how study days are counted
     * @param base  the settings to take everything else from (deck size, limits, span)
     */
    public static SimulatorConfig of(Collection<List<ReviewRecord>> cards, DayClock clock, SimulatorConfig base) {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        double[][] costSums = new double[3][4];
        int[][] costCounts = new int[3][4];
        long[] learnButtons = new long[4];
        long[] reviewButtons = new long[4];
        List<int[]> learningDays = new ArrayList<>();
        List<int[]> relearningDays = new ArrayList<>();
        for (List<ReviewRecord> reviews : cards) {
            Map<LocalDate, List<ReviewRecord>> byDay = new LinkedHashMap<>();
            for (ReviewRecord r : reviews) {
                if (r.durationMillis() > 0 && r.durationMillis() < MAX_MILLIS) {
                    int state = kind(r.stateBefore());
                    costSums[state][r.rating().ordinal()] += r.durationMillis();
                    costCounts[state][r.rating().ordinal()]++;
                    byDay.computeIfAbsent(clock.dayOf(r.at()), d -> new ArrayList<>()).add(r);
                }
            }
            for (List<ReviewRecord> day : byDay.values()) {
                ReviewRecord first = day.get(0);
                int[] ratings = day.stream().mapToInt(r -> r.rating().grade()).toArray();
                if (kind(first.stateBefore()) == 0) {
                    learnButtons[first.rating().ordinal()]++;
                    learningDays.add(ratings);
                } else if (kind(first.stateBefore()) == 1) {
                    reviewButtons[first.rating().ordinal()]++;
                    if (first.rating().grade() == 1) {
                        relearningDays.add(ratings);
                    }
                }
            }
        }
        if (sum(learnButtons, 0) == 0) {
            java.util.Arrays.fill(learnButtons, 1); // fsrs-rs: no first answers seen, count one of each
        }
        if (sum(reviewButtons, 1) == 0) {
            java.util.Arrays.fill(reviewButtons, 1, 4, 1);
        }
        double[] first = blend(shares(learnButtons, 0), defaults.firstRatingProb(), sum(learnButtons, 0));
        double[] review = blend(shares(reviewButtons, 1), defaults.reviewRatingProb(), sum(reviewButtons, 1));
        double[][] costs = defaults.stateRatingCosts();
        for (int s = 0; s < 3; s++) {
            for (int g = 0; g < 4; g++) {
                double mean = costCounts[s][g] == 0 ? 0 : Math.floor(costSums[s][g] / costCounts[s][g]) / 1000;
                double weight = costCounts[s][g] / (50.0 + costCounts[s][g]);
                costs[s][g] = Math.round((weight * mean + (1 - weight) * costs[s][g]) * 100) / 100.0;
            }
        }
        return new SimulatorConfig(base.deckSize(), base.learnSpan(), base.maxCostPerDay(), base.maxInterval(),
                first, review, base.learnLimit(), base.reviewLimit(), base.newCardsIgnoreReviewLimit(),
                transitions(learningDays, defaults.learningStepTransitions()),
                transitions(relearningDays, defaults.relearningStepTransitions()), costs, base.learningStepCount(),
                base.relearningStepCount());
    }

    /** fsrs-rs's review kinds: 0 learning (new or learning), 1 review, 2 relearning. */
    private static int kind(CardState state) {
        return switch (state) {
            case NEW, LEARNING -> 0;
            case REVIEW -> 1;
            case RELEARNING -> 2;
        };
    }

    /** Each count's share of the counts from {@code from} on. */
    private static double[] shares(long[] counts, int from) {
        long total = sum(counts, from);
        double[] out = new double[counts.length - from];
        for (int i = from; i < counts.length; i++) {
            out[i - from] = (double) counts[i] / total;
        }
        return out;
    }

    private static long sum(long[] counts, int from) {
        long total = 0;
        for (int i = from; i < counts.length; i++) {
            total += counts[i];
        }
        return total;
    }

    private static double[] blend(double[] observed, double[] fallback, double n) {
        double weight = n / (50 + n);
        double[] out = new double[observed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weight * observed[i] + (1 - weight) * fallback[i];
        }
        return out;
    }

    /**
     * The next same-day rating after Again, Hard and Good, counted over the days' rating sequences with add-one
     * smoothing, each row blended with the default by its count.
     */
    private static double[][] transitions(List<int[]> days, double[][] fallback) {
        double[][] counts = new double[4][4];
        for (int[] ratings : days) {
            for (int i = 0; i + 1 < ratings.length; i++) {
                counts[ratings[i] - 1][ratings[i + 1] - 1]++;
            }
        }
        double[][] out = new double[3][];
        for (int from = 0; from < 3; from++) {
            double total = 0;
            for (int to = 0; to < 4; to++) {
                counts[from][to] += 1;
                total += counts[from][to];
            }
            double[] row = new double[4];
            for (int to = 0; to < 4; to++) {
                row[to] = counts[from][to] / total;
            }
            out[from] = blend(row, fallback[from], total);
        }
        return out;
    }
}
