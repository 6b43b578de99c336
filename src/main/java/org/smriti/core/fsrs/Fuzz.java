package org.smriti.core.fsrs;

import java.util.function.DoubleSupplier;

/**
 * The fuzz factor of one review: the first output of the Alea PRNG (Johannes Baagøe, 2010, MIT licence;
 * the generator ts-fsrs 5.4.2 uses) seeded with the string {@code cardId + reps}, where {@code reps} is the
 * card's review count after this review. That is ts-fsrs's {@code GenSeedStrategyWithCardId}, so a fuzzed
 * interval here equals the one ts-fsrs gives with that strategy, and the same review of the same card
 * always gets the same factor — replaying or undoing reproduces it.
 */
final class Fuzz {

    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    /** {start, end, factor}: ts-fsrs's FUZZ_RANGES — ±15 % from 2.5 to 7 days, ±10 % to 20, ±5 % beyond. */
    private static final double[][] RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    private Fuzz() {
    }

    /**
     * ts-fsrs's {@code apply_fuzz}: an interval under 2.5 days is kept; a longer one is moved within its band
     * (never below 2 days, never at or below the days already elapsed, never beyond the maximum) by
     * {@code factor}, a number in [0, 1).
     */
    static int apply(int interval, double elapsedDays, int maximumInterval, DoubleSupplier factor) {
        if (interval < 2.5) {
            return interval;
        }
        double delta = 1.0;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min(interval, range[1]) - range[0], 0.0);
        }
        int ivl = Math.min(interval, maximumInterval);
        long minIvl = Math.max(2, Math.round(ivl - delta));
        long maxIvl = Math.min(Math.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) {
            minIvl = Math.max(minIvl, (long) elapsedDays + 1);
        }
        minIvl = Math.min(minIvl, maxIvl);
        return (int) Math.floor(factor.getAsDouble() * (maxIvl - minIvl + 1) + minIvl);
    }

    /** A number in [0, 1). */
    static double factor(String cardId, int repsAfterReview) {
        String seed = cardId + repsAfterReview;
        Mash mash = new Mash();
        double s0 = mash.next(" ");
        double s1 = mash.next(" ");
        double s2 = mash.next(" ");
        s0 -= mash.next(seed);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= mash.next(seed);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= mash.next(seed);
        if (s2 < 0) {
            s2 += 1;
        }
        // First step of Alea: t = 2091639·s0 + c·2^-32 with c = 1; the output is t's fractional part.
        double t = 2091639 * s0 + 1 * TWO_POW_MINUS_32;
        return t - (int) t;
    }

    /** Alea's string hash; {@code n} is a double holding a 32-bit-and-fraction value, as in JavaScript. */
    private static final class Mash {
        private double n = 0xefc8249dL;

        double next(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = uint32(h);
                h -= n;
                h *= n;
                n = uint32(h);
                h -= n;
                n += h * 0x100000000L;
            }
            return uint32(n) * TWO_POW_MINUS_32;
        }

        /** JavaScript's {@code x >>> 0} for the non-negative values Mash produces. */
        private static double uint32(double x) {
            return (double) (((long) x) & 0xFFFFFFFFL);
        }
    }
}
