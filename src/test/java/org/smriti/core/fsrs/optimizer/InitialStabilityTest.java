package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fsrs-rs's {@code parameter_initialization.rs} tests, on the same numbers. */
class InitialStabilityTest {

    private static final double[][] AGAIN_GROUPS = {
        {1, 0.86666667, 435}, {2, 0.90721649, 97}, {3, 0.73015873, 63}, {4, 0.76315789, 38}, {5, 0.67857143, 28}};

    @Test
    void theLossIsFsrsRsLoss() {
        List<double[]> data = List.of(AGAIN_GROUPS);
        double defaultAgain = (float) 0.212;
        assertThat(InitialStability.loss(data, 0.7840586, defaultAgain)).isCloseTo(279.9206961069712, within(1e-9));
        assertThat(InitialStability.loss(data, 0.7840590622451964, defaultAgain))
                .isCloseTo(279.9206977311556, within(1e-9));
    }

    @Test
    void theSearchFindsFsrsRsStability() {
        assertThat(InitialStability.stabilityFor(1, List.of(AGAIN_GROUPS), 0.943_028_57))
                .isCloseTo(0.7355089, within(1e-4));
    }

    @Test
    void outOfOrderStabilitiesAreSmoothedAndAMissingRatingIsFilled() {
        double[] s = InitialStability.smoothAndFill(Map.of(1, 0.4, 3, 2.3, 4, 10.9),
                Map.of(1, 1, 2, 1, 3, 1, 4, 1));
        assertThat(s[0]).isCloseTo(0.4, within(1e-6));
        assertThat(s[1]).isCloseTo(1.1227008, within(1e-6));
        assertThat(s[2]).isCloseTo(2.3, within(1e-6));
        assertThat(s[3]).isCloseTo(10.9, within(1e-6));
    }

    @Test
    void oneKnownRatingScalesTheDefaults() {
        double[] s = InitialStability.smoothAndFill(Map.of(2, 0.35), Map.of(2, 1));
        double[] expected = {0.05738148, 0.35, 0.6242943, 2.2453482};
        for (int i = 0; i < 4; i++) {
            assertThat(s[i]).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void twoKnownRatingsFillTheOtherTwoAndStayIncreasing() {
        double[] s = InitialStability.smoothAndFill(Map.of(1, 0.5, 3, 3.0), Map.of(1, 40, 3, 60));
        assertThat(s[0]).isEqualTo(0.5);
        assertThat(s[2]).isEqualTo(3.0);
        assertThat(s).isSorted();
    }

    @Test
    void aSmallerStabilityForABetterRatingTakesTheBiggerGroupsValue() {
        double[] s = InitialStability.smoothAndFill(Map.of(1, 3.0, 2, 1.0, 3, 4.0, 4, 9.0),
                Map.of(1, 10, 2, 50, 3, 60, 4, 5));
        assertThat(s[0]).isEqualTo(1.0); // Again had fewer items than Hard: it takes Hard's value
        assertThat(s).isSorted();
    }

    private static List<TrainingItem> firstIntervals(int firstRating, int forgottenEvery) {
        List<TrainingItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int rating = i % forgottenEvery == 0 ? 1 : 3;
            items.add(TrainingItem.of(List.of(new TrainingReview(firstRating, 0), new TrainingReview(rating, 1 + i % 3))));
        }
        return items;
    }

    @Test
    void fittingFromItemsCountsTheFirstRatingsAndFillsTheOthers() {
        InitialStability.Result result = InitialStability.fit(firstIntervals(3, 5), 0.8);
        assertThat(result.counts()).containsExactly(Map.entry(3, 40));
        assertThat(result.stabilities()).hasSize(4).isSorted();
    }

    @Test
    void betterFirstIntervalRecallGivesAHigherInitialStability() {
        double forgetful = InitialStability.fit(firstIntervals(3, 3), 0.8).stabilities()[2];
        double retentive = InitialStability.fit(firstIntervals(3, 20), 0.8).stabilities()[2];
        assertThat(retentive).isGreaterThan(2 * forgetful);
    }
}
