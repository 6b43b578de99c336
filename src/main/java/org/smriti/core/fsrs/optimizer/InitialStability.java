package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * Pre-training of the four initial stabilities w0..w3 from first ratings (fsrs-rs
 * {@code parameter_initialization.rs}). For each first rating, the cards' first long-term reviews are grouped by
 * gap; the stability whose forgetting curve (default decay) best fits the groups' recall rates (Laplace-smoothed
 * towards the average recall, weighted by group size, plus |S − default| / 16) is found by ternary search on
 * [0.001, 100]. Ratings never given first are then filled in from the others, and the four are made to increase
 * with the rating ({@link #smoothAndFill}).
 */
final class InitialStability {

    /**
     * @param stabilities w0..w3
     * @param counts      how many first-long-term items each first rating (1..4) had; absent = none
     */
    record Result(double[] stabilities, Map<Integer, Integer> counts) {
    }

    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    private InitialStability() {
    }

    /** fsrs-rs uses f32 defaults widened to f64 here; so does this, to search the same curve. */
    private static double defaultAsF32(int index) {
        return (float) FsrsParameters.defaults().weight(index);
    }

    /** @return empty stabilities when no item has exactly one long-term review (fsrs-rs: not enough data) */
    static Result fit(List<TrainingItem> initialization, double averageRecall) {
        // first rating → gap → [recalled, count]
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (TrainingItem item : initialization) {
            if (item.hasOneLongTermReview()) {
                TrainingReview first = item.firstLongTermReview();
                int[] tally = groups.computeIfAbsent(item.reviews().get(0).rating(), k -> new TreeMap<>())
                        .computeIfAbsent(first.deltaT(), k -> new int[2]);
                tally[0] += first.recalled() ? 1 : 0;
                tally[1]++;
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<Integer, Double> stability = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, int[]>> e : groups.entrySet()) {
            List<double[]> data = new ArrayList<>(); // {gap, recall rate, count}
            int total = 0;
            for (Map.Entry<Integer, int[]> g : e.getValue().entrySet()) {
                data.add(new double[] {g.getKey(), (double) g.getValue()[0] / g.getValue()[1], g.getValue()[1]});
                total += g.getValue()[1];
            }
            counts.put(e.getKey(), total);
            stability.put(e.getKey(), stabilityFor(e.getKey(), data, averageRecall));
        }
        if (stability.isEmpty()) {
            return new Result(new double[0], counts);
        }
        return new Result(smoothAndFill(stability, counts), counts);
    }

    /**
     * The initial stability for first rating {@code rating} given, per gap, {gap, recall rate, count} (fsrs-rs
     * {@code search_parameters}): recall rates Laplace-smoothed towards {@code averageRecall}, then the search.
     */
    static double stabilityFor(int rating, List<double[]> data, double averageRecall) {
        List<double[]> smoothed = new ArrayList<>(data.size());
        for (double[] point : data) {
            smoothed.add(new double[] {point[0], (point[1] * point[2] + averageRecall) / (point[2] + 1), point[2]});
        }
        return (float) search(smoothed, defaultAsF32(rating - 1));
    }

    private static double search(List<double[]> data, double defaultS0) {
        double low = Model.S_MIN;
        double high = ParameterClipper.INIT_S_MAX;
        double optimal = defaultS0;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(data, mid1, defaultS0) < loss(data, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            optimal = (high + low) / 2;
        }
        return optimal;
    }

    /** Count-weighted cross-entropy of the curve at stability {@code s} plus |s − default| / 16. */
    static double loss(List<double[]> data, double s, double defaultS0) {
        double decay = -defaultAsF32(20);
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double sum = 0;
        for (double[] point : data) {
            double y = Math.pow(point[0] / s * factor + 1, decay);
            sum += -(point[1] * Math.log(y) + (1 - point[1]) * Math.log(1 - y)) * point[2];
        }
        return sum + Math.abs(s - defaultS0) / 16;
    }

    /**
     * Makes the stabilities increase with the rating (when two are out of order, the one with fewer items takes
     * the other's value), fills the ratings without items by fsrs-rs's interpolation rules, and clamps to
     * [0.001, 100]. Ratings absent from {@code counts} are dropped first.
     */
    static double[] smoothAndFill(Map<Integer, Double> byRating, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(byRating);
        s.keySet().retainAll(counts.keySet());
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no first rating has items to fit an initial stability to");
        }
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = s.get(p[0]);
            Double big = s.get(p[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(p[0]) > counts.get(p[1])) {
                    s.put(p[1], small);
                } else {
                    s.put(p[0], big);
                }
            }
        }
        double[] out = new double[4];
        if (s.size() == 1) {
            int rating = s.keySet().iterator().next();
            double scale = s.get(rating) / defaultAsF32(rating - 1);
            for (int i = 0; i < 4; i++) {
                out[i] = defaultAsF32(i) * scale; // the defaults increase, so no sort is needed
            }
        } else {
            double[] r = new double[5]; // r[1..4]; NaN = no items with that first rating
            for (int rating = 1; rating <= 4; rating++) {
                r[rating] = s.getOrDefault(rating, Double.NaN);
            }
            fill(r, s.size());
            System.arraycopy(r, 1, out, 0, 4);
        }
        for (int i = 0; i < 4; i++) {
            out[i] = Model.clamp(out[i], Model.S_MIN, ParameterClipper.INIT_S_MAX);
        }
        return out;
    }

    /** fsrs-rs's rules for the ratings without items, given {@code known} (2 or 3; 4 needs none) of r[1..4]. */
    private static void fill(double[] r, int known) {
        boolean has1 = !Double.isNaN(r[1]);
        boolean has2 = !Double.isNaN(r[2]);
        boolean has3 = !Double.isNaN(r[3]);
        if (known == 2) {
            if (!has1 && !has2) {
                r[2] = Math.pow(r[3], 1 / (1 - W2)) * Math.pow(r[4], 1 - 1 / (1 - W2));
                r[1] = oneFromTwoThree(r);
            } else if (!has1 && !has3) {
                r[3] = threeFromTwoFour(r);
                r[1] = oneFromTwoThree(r);
            } else if (!has1) {
                r[4] = fourFromTwoThree(r);
                r[1] = oneFromTwoThree(r);
            } else if (!has2 && !has3) {
                double k = W1 + W2 - W1 * W2;
                r[2] = Math.pow(r[1], W1 / k) * Math.pow(r[4], 1 - W1 / k);
                r[3] = Math.pow(r[1], 1 - W2 / k) * Math.pow(r[4], W2 / k);
            } else if (!has2) {
                r[2] = twoFromOneThree(r);
                r[4] = fourFromTwoThree(r);
            } else {
                r[3] = Math.pow(r[1], 1 - 1 / (1 - W1)) * Math.pow(r[2], 1 / (1 - W1));
                r[4] = fourFromTwoThree(r);
            }
        } else if (known == 3) {
            if (!has1) {
                r[1] = oneFromTwoThree(r);
            } else if (!has2) {
                r[2] = twoFromOneThree(r);
            } else if (!has3) {
                r[3] = threeFromTwoFour(r);
            } else {
                r[4] = fourFromTwoThree(r);
            }
        }
    }

    private static double oneFromTwoThree(double[] r) {
        return Math.pow(r[2], 1 / W1) * Math.pow(r[3], 1 - 1 / W1);
    }

    private static double twoFromOneThree(double[] r) {
        return Math.pow(r[1], W1) * Math.pow(r[3], 1 - W1);
    }

    private static double threeFromTwoFour(double[] r) {
        return Math.pow(r[2], 1 - W2) * Math.pow(r[4], W2);
    }

    private static double fourFromTwoThree(double[] r) {
        return Math.pow(r[2], 1 - 1 / W2) * Math.pow(r[3], 1 / W2);
    }
}
