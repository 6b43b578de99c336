package org.smriti.core.fsrs;

/**
 * The fuzz factor of one review: the first output of the Alea PRNG (Johannes Baagøe, 2010, MIT licence;
 * the generator ts-fsrs 5.4.2 uses) seeded with the string {@code cardId + reps}, where {@code reps} is the
 * card's review count after this review. That is ts-fsrs's {@code GenSeedStrategyWithCardId}, so a fuzzed
 * interval here equals the one ts-fsrs gives with that strategy, and the same review of the same card
 * always gets the same factor — replaying or undoing reproduces it.
 */
final class Fuzz {

    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    private Fuzz() {
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
