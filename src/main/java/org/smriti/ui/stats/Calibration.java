package org.smriti.ui.stats;

import java.util.List;
import java.util.Optional;
import org.smriti.core.fsrs.optimizer.CalibrationBin;

/**
 * The calibration chart's state: being computed, computed (its bins), or not computable (why).
 *
 * @param computing true until the bins arrive
 * @param bins      predicted against actual recall per bin, for the weights in use
 * @param fitted    whether those weights were fitted to the aspirant's reviews (else FSRS-6's defaults)
 * @param problem   why the reviews could not be read
 */
public record Calibration(boolean computing, List<CalibrationBin> bins, boolean fitted, Optional<String> problem) {

    /** Below this many reviews the bins are mostly noise, so the chart waits for more. */
    public static final int MIN_REVIEWS = 20;

    public Calibration {
        bins = List.copyOf(bins);
    }

    static Calibration computing(boolean fitted) {
        return new Calibration(true, List.of(), fitted, Optional.empty());
    }

    static Calibration of(List<CalibrationBin> bins, boolean fitted) {
        return new Calibration(false, bins, fitted, Optional.empty());
    }

    static Calibration failed(String problem, boolean fitted) {
        return new Calibration(false, List.of(), fitted, Optional.of(problem));
    }

    /** The reviews the bins hold. */
    public int reviews() {
        return bins.stream().mapToInt(CalibrationBin::count).sum();
    }

    /** True when there are reviews enough for the chart. */
    public boolean enough() {
        return reviews() >= MIN_REVIEWS;
    }

    /** Recall predicted over all the reviews (0..1). */
    public double meanPredicted() {
        return bins.stream().mapToDouble(b -> b.predicted() * b.count()).sum() / reviews();
    }

    /** Recall achieved over all the reviews (0..1). */
    public double meanActual() {
        return bins.stream().mapToDouble(b -> b.actual() * b.count()).sum() / reviews();
    }
}
