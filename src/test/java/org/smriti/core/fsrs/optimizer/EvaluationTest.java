package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.testsupport.SimulatedLog;

/** fsrs-rs's evaluator: log loss, RMSE(bins), the time-series split and the calibration bins. */
class EvaluationTest {

    private static final double DECAY = -0.1542;
    private static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;

    private static TrainingItem item(int... ratingGapPairs) {
        TrainingReview[] reviews = new TrainingReview[ratingGapPairs.length / 2];
        for (int i = 0; i < reviews.length; i++) {
            reviews[i] = new TrainingReview(ratingGapPairs[2 * i], ratingGapPairs[2 * i + 1]);
        }
        return TrainingItem.of(List.of(reviews));
    }

    private static double recall(double days, double stability) {
        return Math.pow(1 + FACTOR * days / stability, DECAY);
    }

    @Test
    void logLossAndRmseBinsOfTwoItemsWorkedByHand() {
        // Good then recalled 2 days later; Again then forgotten 4 days later. Predictions use the initial
        // stabilities w2 = 2.3065 and w0 = 0.212; recency weights 0.25 (older) and 1.
        List<TrainingItem> items = List.of(item(3, 0, 3, 2), item(1, 0, 1, 4));
        double p1 = recall(2, 2.3065);
        double p2 = recall(4, 0.212);
        double logLoss = -(0.25 * Math.log(p1) + 1.0 * Math.log(1 - p2)) / 1.25;
        // the gaps fall in different bins (2 days → 248, 4 days → 898), one item each
        double rmse = Math.sqrt((0.25 * (p1 - 1) * (p1 - 1) + 1.0 * p2 * p2) / 1.25);

        Metrics m = Evaluation.evaluate(items, FsrsParameters.defaults());
        assertThat(m.logLoss()).isCloseTo(logLoss, within(1e-12));
        assertThat(m.rmseBins()).isCloseTo(rmse, within(1e-12));
    }

    @Test
    void itemsAlikeInGapReviewsAndLapsesShareABin() {
        assertThat(Evaluation.rMatrixIndex(item(3, 0, 3, 2))).isEqualTo(Evaluation.rMatrixIndex(item(1, 0, 3, 3)));
        assertThat(Evaluation.rMatrixIndex(item(3, 0, 3, 2)))
                .isNotEqualTo(Evaluation.rMatrixIndex(item(3, 0, 3, 4)))                 // gap bin
                .isNotEqualTo(Evaluation.rMatrixIndex(item(3, 0, 3, 1, 3, 1, 3, 1, 3, 2))) // review count bin
                .isNotEqualTo(Evaluation.rMatrixIndex(item(3, 0, 1, 1, 3, 2)));            // a lapse
    }

    @Test
    void recencyWeightsRiseFromAQuarterToOne() {
        assertThat(Evaluation.recencyWeights(5)).containsExactly(0.25, 0.25 + 0.75 / 64, 0.25 + 0.75 / 8,
                0.25 + 0.75 * 27 / 64, 1.0);
    }

    @Test
    void calibrationBinsAreFsrsRsGetBin() {
        int[] expected = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7,
            7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 14, 15, 15, 16, 17, 17, 18,
            18, 19, 19};
        int[] bins = IntStream.rangeClosed(0, 100).map(i -> Evaluation.bin((float) (i / 100.0))).toArray();
        assertThat(bins).containsExactly(expected);
    }

    @Test
    void theTrueWeightsAreCalibratedOnTheirOwnLog() {
        List<TrainingItem> items = TrainingSet.of(SimulatedLog.histories(SimulatedLog.answers(
                FsrsParameters.defaults(), 300, 15, 200, 0.85, 11)), DayClock.of(ZoneOffset.UTC, 4)).items();
        List<CalibrationBin> bins = Evaluation.calibration(items, FsrsParameters.defaults());
        assertThat(bins.stream().mapToInt(CalibrationBin::count).sum()).isEqualTo(items.size());
        double gap = 0;
        for (CalibrationBin b : bins) {
            gap += Math.abs(b.predicted() - b.actual()) * b.count();
        }
        assertThat(gap / items.size()).isLessThan(0.03);
        assertThat(bins).allMatch(b -> b.predicted() > 0 && b.predicted() <= 1 && b.actual() >= 0);
    }

    @Test
    void heldOutScoresTheLastFiveSixthsUnweighted() {
        List<TrainingItem> items = TrainingSet.of(SimulatedLog.histories(SimulatedLog.answers(
                FsrsParameters.defaults(), 40, 5, 60, 0.9, 5)), DayClock.of(ZoneOffset.UTC, 4)).items();
        int segment = items.size() / 6;
        List<TrainingItem> tested = items.subList(segment, items.size());
        double[] ones = new double[tested.size()];
        Arrays.fill(ones, 1);
        double[] w = FsrsParameters.defaults().toArray();
        Metrics direct = Evaluation.metrics(tested, Evaluation.predict(tested, w, ones), ones);
        Metrics heldOut = Evaluation.heldOut(items, FsrsParameters.defaults()).orElseThrow();
        assertThat(heldOut.logLoss()).isCloseTo(direct.logLoss(), within(1e-12));
        assertThat(heldOut.rmseBins()).isCloseTo(direct.rmseBins(), within(1e-12));
    }

    @Test
    void fewerThanSixItemsHaveNoTimeSeriesSplit() {
        List<TrainingItem> five = List.of(item(3, 0, 3, 1), item(3, 0, 3, 2), item(3, 0, 3, 3), item(3, 0, 3, 4),
                item(3, 0, 3, 5));
        assertThat(Evaluation.timeSeriesSplits(five, OptimizerOptions.defaults(), Progress.NONE)).isEmpty();
        assertThat(Evaluation.heldOut(five, FsrsParameters.defaults())).isEmpty();
    }
}
