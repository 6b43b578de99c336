package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.FsrsParameters;

/** The suggested retention: the curve and Brent's minimum of study time per card remembered. */
class OptimalRetentionTest {

    private static final SimulatorConfig DECK = SimulatorConfig.defaults().withStudy(120, 10, 9999, 36_500)
            .withSpan(365, Double.POSITIVE_INFINITY);

    @Test
    void theCurveCoversSeventyToNinetyFivePercentAndTheBestIsNearItsLowest() {
        List<Double> progress = new ArrayList<>();
        OptimalRetention.Result result = new OptimalRetention(DECK, FsrsParameters.defaults()).compute(progress::add);
        assertThat(result.curve()).hasSize(26);
        assertThat(result.curve().get(0).retention()).isEqualTo(0.70);
        assertThat(result.curve().get(25).retention()).isEqualTo(0.95);
        assertThat(result.best()).isBetween(OptimalRetention.MIN_RETENTION, OptimalRetention.MAX_RETENTION);
        double lowest = result.curve().stream().mapToDouble(OptimalRetention.Point::costPerMemorized).min()
                .orElseThrow();
        double atBest = new OptimalRetention(DECK, FsrsParameters.defaults()).point(result.best()).costPerMemorized();
        assertThat(atBest).isLessThan(lowest * 1.05);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void higherRetentionCostsMoreReviewsADay() {
        OptimalRetention.Result result = new OptimalRetention(DECK, FsrsParameters.defaults()).compute(Progress.NONE);
        assertThat(result.curve().get(25).reviewsPerDay()).isGreaterThan(result.curve().get(0).reviewsPerDay());
        assertThat(result.curve().get(25).memorized()).isGreaterThan(result.curve().get(0).memorized());
    }

    @Test
    void shorterSpansAverageMoreSeedsAsFsrsRsDoes() {
        assertThat(OptimalRetention.sampleSize(365)).isEqualTo(16);
        assertThat(OptimalRetention.sampleSize(1000)).isEqualTo(16);
        assertThat(OptimalRetention.sampleSize(30)).isEqualTo(180);
        assertThat((double) OptimalRetention.sampleSize(100)).isCloseTo(16 / 0.2622, within(1.0));
    }
}
