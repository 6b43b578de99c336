package org.smriti.core.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The 21 FSRS-6 weights, validated against the bounds ts-fsrs 5.4.2 clamps them to
 * ({@code CLAMP_PARAMETERS}). Where ts-fsrs silently clamps, this class rejects the value with a message
 * naming the weight, because a weight out of bounds is a mistake in the settings, not something to hide.
 */
public final class FsrsParameters {

    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private static final double[][] BOUNDS = {
        {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
        {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
        {0, 4.5}, {0, 0.8}, {0.001, 3.5},
        {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
        {0, 1}, {1, 6},
        {0, 2}, {0, 2}, {0, 0.8},
        {0.1, 0.8}};

    private static final String[] MEANINGS = {
        "initial stability for Again", "initial stability for Hard", "initial stability for Good",
        "initial stability for Easy", "initial difficulty", "initial difficulty multiplier",
        "difficulty change", "difficulty mean reversion", "recall stability exponent",
        "recall stability decay with stability", "recall stability growth with forgetting",
        "forget stability multiplier", "forget stability difficulty power", "forget stability power",
        "forget stability growth with forgetting", "Hard penalty", "Easy bonus",
        "short-term stability exponent", "short-term stability offset", "short-term stability decay",
        "forgetting curve decay"};

    private static final FsrsParameters DEFAULT = new FsrsParameters(DEFAULTS);

    private final double[] w;

    private FsrsParameters(double[] w) {
        this.w = w;
    }

    /** The FSRS-6 default weights (those of ts-fsrs 5.4.2). */
    public static FsrsParameters defaults() {
        return DEFAULT;
    }

    /**
     * @throws IllegalArgumentException when there are not 21 weights, or one is not finite or out of bounds
     */
    public static FsrsParameters of(double... weights) {
        if (weights.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + COUNT + " weights, got " + weights.length);
        }
        for (int i = 0; i < COUNT; i++) {
            double value = weights[i];
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("FSRS weight w[" + i + "] (" + MEANINGS[i]
                        + ") must be a finite number, was " + value);
            }
            if (value < BOUNDS[i][0] || value > BOUNDS[i][1]) {
                throw new IllegalArgumentException("FSRS weight w[" + i + "] (" + MEANINGS[i] + ") = " + value
                        + " is outside its bounds [" + BOUNDS[i][0] + ", " + BOUNDS[i][1] + "]");
            }
        }
        return new FsrsParameters(weights.clone());
    }

    public static FsrsParameters of(List<Double> weights) {
        return of(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double weight(int index) {
        return w[index];
    }

    public List<Double> weights() {
        List<Double> list = new ArrayList<>(COUNT);
        for (double value : w) {
            list.add(value);
        }
        return Collections.unmodifiableList(list);
    }

    /** The 21 weights, a copy. */
    public double[] toArray() {
        return w.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters && Arrays.equals(((FsrsParameters) o).w, w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(w);
    }
}
