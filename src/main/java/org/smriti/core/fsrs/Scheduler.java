package org.smriti.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 exactly as ts-fsrs 5.4.2 computes it: its {@code BasicScheduler} when short-term scheduling is on,
 * its {@code LongTermScheduler} when off, with the same 8-decimal rounding of intermediate results (the
 * decay factor, the interval modifier, retrievability, each difficulty and stability update). A pure
 * function of (card, rating, instant, config, card id); {@link StrictMath} keeps the floating point
 * identical to JavaScript's fdlibm-based {@code Math}.
 *
 * <p>Differences from ts-fsrs, all on inputs it rejects or leaves to the caller: elapsed days come from the
 * {@link DayClock} (UTC midnights reproduce ts-fsrs); a review before the last one (the clock moved back)
 * counts as 0 elapsed days where ts-fsrs throws; fuzz is seeded by card id and review count (see
 * {@link Fuzz}).
 */
public final class Scheduler {

    /** Lapses at which a card becomes a leech (Anki's default threshold). */
    public static final int LEECH_LAPSES = 8;

    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36_500.0;
    private static final long MINUTE_MS = 60_000L;
    private static final long DAY_MS = 86_400_000L;
    private static final int MINUTES_PER_DAY = 1440;

    private final SchedulerConfig config;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final int[] learningMinutes;
    private final int[] relearningMinutes;

    public Scheduler(SchedulerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.w = effectiveWeights(config);
        this.decay = -w[20];
        this.factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        this.intervalModifier = round8((StrictMath.pow(config.desiredRetention(), 1 / decay) - 1) / factor);
        this.learningMinutes = minutes(config.learningSteps());
        this.relearningMinutes = minutes(config.relearningSteps());
    }

    public SchedulerConfig config() {
        return config;
    }

    public static boolean isLeech(Card card) {
        return card.lapses() >= LEECH_LAPSES;
    }

    /** What each of the four answers would do to {@code card} at {@code now}. */
    public Preview preview(String cardId, Card card, Instant now) {
        Review review = new Review(cardId, card, now);
        return new Preview(review.answer(Rating.AGAIN), review.answer(Rating.HARD), review.answer(Rating.GOOD),
                review.answer(Rating.EASY));
    }

    /** Answers {@code card} at {@code now} with {@code rating}. */
    public ReviewResult next(String cardId, Card card, Instant now, Rating rating) {
        return new Review(cardId, card, now).answer(Objects.requireNonNull(rating, "rating"));
    }

    /**
     * The probability of recalling {@code card} at {@code now}: ts-fsrs's {@code get_retrievability}, which
     * counts whole 24-hour periods since the last review (never negative). 0 for a card never reviewed.
     */
    public double retrievability(Card card, Instant now) {
        if (card.state() == CardState.NEW || card.lastReview() == null) {
            return 0;
        }
        long elapsed = Math.max(Math.floorDiv(now.toEpochMilli() - card.lastReview().toEpochMilli(), DAY_MS), 0);
        // ts-fsrs re-rounds stability to 8 decimals here; stabilities this scheduler produces already are.
        return forgettingCurve(elapsed, card.stability());
    }

    // ---- one review -------------------------------------------------------------------------------------

    /** The state shared by the four answers to one card at one instant (ts-fsrs's scheduler instance). */
    private final class Review {
        private final String cardId;
        private final Card last;
        private final Instant now;
        private final int reps;
        private final double elapsedDays;
        private double fuzzFactor = Double.NaN;
        private ReviewResult[] reviewOutcomes;

        Review(String cardId, Card last, Instant now) {
            this.cardId = Objects.requireNonNull(cardId, "cardId");
            this.last = Objects.requireNonNull(last, "card");
            this.now = Objects.requireNonNull(now, "now");
            this.reps = last.reps() + 1;
            this.elapsedDays = last.state() == CardState.NEW || last.lastReview() == null
                    ? 0
                    : Math.max(0, config.dayClock().daysBetween(last.lastReview(), now));
        }

        ReviewResult answer(Rating rating) {
            boolean shortTerm = config.shortTerm();
            switch (last.state()) {
                case NEW:
                    return shortTerm ? stepped(rating, CardState.LEARNING) : all(true)[rating.ordinal()];
                case LEARNING:
                case RELEARNING:
                    return shortTerm ? stepped(rating, last.state()) : all(false)[rating.ordinal()];
                default:
                    return all(false)[rating.ordinal()];
            }
        }

        /** New or (re)learning card with short-term scheduling: each answer on its own. */
        private ReviewResult stepped(Rating rating, CardState toState) {
            Memory memory = nextMemory(elapsedDays, rating.grade(), Double.NaN);
            return result(rating, applySteps(memory, rating, toState, last.lapses()));
        }

        /** Review card, or any card without short-term scheduling: the answers constrain each other. */
        private ReviewResult[] all(boolean fromNew) {
            if (reviewOutcomes != null) {
                return reviewOutcomes;
            }
            double t = elapsedDays; // 0 for a new card
            // A new card has no memory to forget: its first answer takes the initial stability and difficulty.
            double r = fromNew ? Double.NaN : forgettingCurve(t, last.stability());
            Memory again = nextMemory(t, 1, r);
            Memory hard = nextMemory(t, 2, r);
            Memory good = nextMemory(t, 3, r);
            Memory easy = nextMemory(t, 4, r);
            int lapsesAfterAgain = fromNew ? last.lapses() : last.lapses() + 1;
            ReviewResult[] results = new ReviewResult[4];
            int hardIvl = nextInterval(hard.stability, t);
            int goodIvl = nextInterval(good.stability, t);
            if (config.shortTerm()) {
                hardIvl = Math.min(hardIvl, goodIvl);
                goodIvl = Math.max(goodIvl, hardIvl + 1);
                results[0] = result(Rating.AGAIN, applySteps(again, Rating.AGAIN, CardState.RELEARNING, lapsesAfterAgain));
            } else {
                int againIvl = Math.min(nextInterval(again.stability, t), hardIvl);
                hardIvl = Math.max(hardIvl, againIvl + 1);
                goodIvl = Math.max(goodIvl, hardIvl + 1);
                results[0] = result(Rating.AGAIN, reviewCard(again, againIvl, lapsesAfterAgain));
            }
            int easyIvl = Math.max(nextInterval(easy.stability, t), goodIvl + 1);
            results[1] = result(Rating.HARD, reviewCard(hard, hardIvl, last.lapses()));
            results[2] = result(Rating.GOOD, reviewCard(good, goodIvl, last.lapses()));
            results[3] = result(Rating.EASY, reviewCard(easy, easyIvl, last.lapses()));
            reviewOutcomes = results;
            return results;
        }

        private Card reviewCard(Memory memory, int days, int lapses) {
            return new Card(CardState.REVIEW, now.plusMillis(days * DAY_MS), memory.stability, memory.difficulty,
                    days, 0, reps, lapses, now);
        }

        /** ts-fsrs's {@code applyLearningSteps} with its {@code BasicLearningStepsStrategy}. */
        private Card applySteps(Memory memory, Rating rating, CardState toState, int lapses) {
            Step step = learningStep(rating);
            int minutes = Math.max(0, step == null ? 0 : step.minutes);
            int nextStep = Math.max(0, step == null ? 0 : step.next);
            if (minutes > 0 && minutes < MINUTES_PER_DAY) {
                return new Card(toState, now.plusMillis(minutes * MINUTE_MS), memory.stability, memory.difficulty,
                        0, nextStep, reps, lapses, now);
            }
            if (minutes >= MINUTES_PER_DAY) {
                return new Card(CardState.REVIEW, now.plusMillis(minutes * MINUTE_MS), memory.stability,
                        memory.difficulty, minutes / MINUTES_PER_DAY, nextStep, reps, lapses, now);
            }
            return reviewCard(memory, nextInterval(memory.stability, elapsedDays), lapses);
        }

        /** The step an answer leads to, or null when the card leaves the steps. */
        private Step learningStep(Rating rating) {
            CardState state = last.state();
            boolean relearning = state == CardState.RELEARNING || state == CardState.REVIEW;
            int[] steps = relearning ? relearningMinutes : learningMinutes;
            int current = last.learningStep();
            if (steps.length == 0 || current >= steps.length) {
                return null;
            }
            if (state == CardState.REVIEW) {
                return rating == Rating.AGAIN ? new Step(steps[Math.max(0, current)], 0) : null;
            }
            switch (rating) {
                case AGAIN:
                    return new Step(steps[0], 0);
                case HARD:
                    int hard = steps.length == 1
                            ? (int) Math.round(steps[0] * 1.5)
                            : (int) Math.round((steps[0] + steps[1]) / 2.0);
                    return new Step(hard, current);
                case GOOD:
                    return current + 1 < steps.length ? new Step(steps[current + 1], current + 1) : null;
                default:
                    return null;
            }
        }

        private int nextInterval(double stability, double elapsed) {
            int interval = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)),
                    config.maximumInterval());
            return applyFuzz(interval, elapsed);
        }

        private int applyFuzz(int interval, double elapsed) {
            if (!config.fuzz()) {
                return interval;
            }
            return Fuzz.apply(interval, elapsed, config.maximumInterval(), this::fuzzFactor);
        }

        /** Computed at most once per review, and only when some interval is long enough to be fuzzed. */
        private double fuzzFactor() {
            if (Double.isNaN(fuzzFactor)) {
                fuzzFactor = Fuzz.factor(cardId, reps);
            }
            return fuzzFactor;
        }

        private ReviewResult result(Rating rating, Card after) {
            return new ReviewResult(rating, now, last, after);
        }

        /** ts-fsrs's {@code next_state}; {@code r} is NaN when it is to be computed from {@code t}. */
        private Memory nextMemory(double t, int g, double r) {
            double d = last.difficulty();
            double s = last.stability();
            if (d == 0 && s == 0) {
                return new Memory(Math.max(w[g - 1], 0.1), clamp(initDifficulty(g), 1, 10));
            }
            if (d < 1 || s < S_MIN) {
                throw new IllegalArgumentException("invalid memory state of card " + cardId + ": difficulty " + d
                        + ", stability " + s);
            }
            double retrievability = Double.isNaN(r) ? forgettingCurve(t, s) : r;
            double newS;
            if (t == 0 && config.shortTerm()) {
                newS = shortTermStability(s, g);
            } else if (g == 1) {
                double afterFail = forgetStability(d, s, retrievability);
                double w17 = config.shortTerm() ? w[17] : 0;
                double w18 = config.shortTerm() ? w[18] : 0;
                double nextSMin = s / StrictMath.exp(w17 * w18);
                newS = clamp(round8(nextSMin), S_MIN, afterFail);
            } else {
                newS = recallStability(d, s, retrievability, g);
            }
            return new Memory(newS, nextDifficulty(d, g));
        }
    }

    private record Memory(double stability, double difficulty) {
    }

    private record Step(int minutes, int next) {
    }

    // ---- FSRS-6 formulas, operation for operation as in ts-fsrs's algorithm.ts ----------------------------

    private double forgettingCurve(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + (factor * elapsedDays) / stability, decay));
    }

    private double initDifficulty(int g) {
        return round8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        double nextD = d + round8((deltaD * (10 - d)) / 9);
        return clamp(round8(w[7] * initDifficulty(4) + (1 - w[7]) * nextD), 1, 10);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBound = g == 4 ? w[16] : 1;
        return round8(clamp(s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBound), S_MIN, S_MAX));
    }

    private double forgetStability(double d, double s, double r) {
        return round8(clamp(w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]), S_MIN, S_MAX));
    }

    private double shortTermStability(double s, int g) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        double masked = g >= 2 ? Math.max(sinc, 1.0) : sinc;
        return round8(clamp(s * masked, S_MIN, S_MAX));
    }

    /** JavaScript's {@code Math.round(x * 1e8) / 1e8}. */
    private static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /**
     * The weights ts-fsrs actually uses for this configuration: with short-term scheduling w[19] is at least
     * 0.01, and with several relearning steps w[17] and w[18] are capped so that the steps cannot raise the
     * post-lapse stability above the pre-lapse one ({@code clipParameters}).
     */
    private static double[] effectiveWeights(SchedulerConfig config) {
        double[] w = config.parameters().toArray();
        if (config.shortTerm()) {
            w[19] = Math.max(w[19], 0.01);
        }
        int relearningSteps = config.relearningSteps().size();
        if (relearningSteps > 1) {
            double value = -(StrictMath.log(w[11]) + StrictMath.log(StrictMath.pow(2.0, w[13]) - 1.0) + w[14] * 0.3)
                    / relearningSteps;
            double ceiling = clamp(round8(StrictMath.sqrt(Math.max(value, 0))), 0.01, 2.0);
            w[17] = Math.min(w[17], ceiling);
            w[18] = Math.min(w[18], ceiling);
        }
        return w;
    }

    private static int[] minutes(List<Duration> steps) {
        return steps.stream().mapToInt(step -> (int) step.toMinutes()).toArray();
    }
}
