package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * Scores weights on training items as fsrs-rs's evaluator does ({@code inference.rs}): the recall predicted for
 * each item's target from its history, log loss and RMSE(bins), and a calibration curve for charts.
 */
public final class Evaluation {

    private static final int SPLITS = 5;

    /** Bins of the calibration chart (fsrs-rs's {@code get_bin} with 20 bins, finer towards high recall). */
    public static final int CALIBRATION_BINS = 20;

    private Evaluation() {
    }

    /**
     * fsrs-rs's {@code FSRS::evaluate}: items weighted by recency as in training (the newest 4× the oldest),
     * {@code items} in time order.
     */
    public static Metrics evaluate(List<TrainingItem> items, FsrsParameters parameters) {
        return metrics(items, predict(items, clipped(parameters), recencyWeights(items.size())),
                recencyWeights(items.size()));
    }

    /**
     * The calibration of {@code parameters} on {@code items}: per bin of predicted recall, the mean prediction and
     * the fraction recalled; empty bins are left out. Bins follow fsrs-rs's {@code get_bin(p, 20)}:
     * ⌊21^p⌋ − 1, so they narrow as recall nears 1, where most reviews are.
     */
    public static List<CalibrationBin> calibration(List<TrainingItem> items, FsrsParameters parameters) {
        double[] p = predict(items, clipped(parameters), new double[items.size()]);
        double[] predicted = new double[CALIBRATION_BINS];
        double[] actual = new double[CALIBRATION_BINS];
        int[] count = new int[CALIBRATION_BINS];
        for (int i = 0; i < items.size(); i++) {
            int bin = bin(p[i]);
            predicted[bin] += p[i];
            actual[bin] += items.get(i).target().recalled() ? 1 : 0;
            count[bin]++;
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) {
                out.add(new CalibrationBin(predicted[b] / count[b], actual[b] / count[b], count[b]));
            }
        }
        return out;
    }

    /**
     * fsrs-rs's {@code evaluate_with_time_series_splits}: the items (in time order) are cut into 6 equal segments;
     * for each of the last 5, weights are fitted on all the segments before it and scored on it, unweighted. The
     * honest figure: every prediction is of reviews the fit never saw.
     *
     * @return empty when there are fewer than 6 items
     */
    public static Optional<Metrics> timeSeriesSplits(List<TrainingItem> items, OptimizerOptions options,
                                                     Progress progress) {
        return splits(items, (i, train) -> Optimizer.fit(train, options,
                progress.part((double) i / SPLITS, (i + 1.0) / SPLITS)).parameters());
    }

    /** {@code parameters} scored on the items {@link #timeSeriesSplits} tests, for comparing with it. */
    public static Optional<Metrics> heldOut(List<TrainingItem> items, FsrsParameters parameters) {
        return splits(items, (i, train) -> parameters);
    }

    private static Optional<Metrics> splits(List<TrainingItem> items,
                                            BiFunction<Integer, List<TrainingItem>, FsrsParameters> fit) {
        int segment = items.size() / (SPLITS + 1);
        if (segment == 0) {
            return Optional.empty();
        }
        List<TrainingItem> tested = new ArrayList<>();
        double[] p = new double[items.size() - segment];
        for (int i = 0; i < SPLITS; i++) {
            int testStart = (i + 1) * segment;
            int testEnd = i == SPLITS - 1 ? items.size() : (i + 2) * segment;
            FsrsParameters parameters = fit.apply(i, items.subList(0, testStart));
            List<TrainingItem> test = items.subList(testStart, testEnd);
            double[] predicted = predict(test, clipped(parameters), new double[test.size()]);
            System.arraycopy(predicted, 0, p, tested.size(), predicted.length);
            tested.addAll(test);
        }
        double[] ones = new double[tested.size()];
        Arrays.fill(ones, 1);
        return Optional.of(metrics(tested, p, ones));
    }

    static int bin(double p) {
        double binned = Math.floor(Math.exp(p * Math.log(CALIBRATION_BINS + 1))) - 1;
        return (int) Math.max(0, Math.min(CALIBRATION_BINS - 1, binned));
    }

    /** fsrs-rs's recency weights: 0.25 + 0.75·(i / (n−1))³ for the i-th of n items in time order. */
    static double[] recencyWeights(int n) {
        double length = Math.max(n - 1.0, 1.0);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i / length;
            w[i] = 0.25 + 0.75 * x * x * x;
        }
        return w;
    }

    /** fsrs-rs's {@code FSRS::new}: weights clipped as for a one-step relearning, long-term floor for w19. */
    static double[] clipped(FsrsParameters parameters) {
        double[] w = parameters.toArray();
        ParameterClipper.clip(w, 1, false);
        return w;
    }

    /** The recall predicted for each item's target. */
    static double[] predict(List<TrainingItem> items, double[] w, double[] weights) {
        Tracks tracks = Tracks.of(items, weights);
        Model model = new Model(w);
        List<double[]> byTrack = new ArrayList<>(tracks.tracks.size());
        for (Track track : tracks.tracks) {
            double[] out = new double[track.length()];
            model.predict(track, out);
            byTrack.add(out);
        }
        double[] p = new double[items.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = byTrack.get(tracks.trackOf(i))[tracks.positionOf(i)];
        }
        return p;
    }

    /** Weighted log loss and RMSE(bins) of predictions {@code p} (fsrs-rs: raw logarithms, no clamp). */
    static Metrics metrics(List<TrainingItem> items, double[] p, double[] weights) {
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>(); // {predicted, actual, count, weight}
        for (int i = 0; i < items.size(); i++) {
            double y = items.get(i).target().recalled() ? 1 : 0;
            loss += (y * Math.log(p[i]) + (1 - y) * Math.log(1 - p[i])) * weights[i];
            weightSum += weights[i];
            double[] bin = bins.computeIfAbsent(rMatrixIndex(items.get(i)), k -> new double[4]);
            bin[0] += p[i];
            bin[1] += y;
            bin[2]++;
            bin[3] += weights[i];
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squares += gap * gap * bin[3];
            binWeights += bin[3];
        }
        return new Metrics(-loss / weightSum, Math.sqrt(squares / binWeights));
    }

    /**
     * fsrs-rs's {@code r_matrix_index}: the target's gap, the item's long-term review count + 1 and its history's
     * lapses, each rounded down onto a geometric scale (bases 3.62, 1.89 and 1.73).
     */
    static long rMatrixIndex(TrainingItem item) {
        double deltaT = item.target().deltaT();
        long gapBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100);
        double length = item.longTermReviewCount() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = 0;
        List<TrainingReview> reviews = item.reviews();
        for (int i = 0; i < reviews.size() - 1; i++) {
            if (reviews.get(i).rating() == 1 && reviews.get(i).deltaT() > 0) {
                lapses++;
            }
        }
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (gapBin << 40) | (lengthBin << 20) | lapseBin;
    }
}
