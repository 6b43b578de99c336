package org.smriti.core.fsrs.optimizer;

/**
 * How to fit.
 *
 * @param shortTerm       fit the short-term (same-day) weights w17..w19 and the initial stabilities; off = keep
 *                        them as pre-trained / zero, as fsrs-rs does for long-term-only scheduling
 * @param relearningSteps relearning steps the scheduler uses (more than one caps w17·w18, see the clipper)
 * @param training        fsrs-rs's hyperparameters (its {@code gamma} is the pull towards the initial weights)
 * @param recencyWeighting weight items by recency as fsrs-rs does (the newest 4× the oldest); off = all alike
 * @param refine          after fsrs-rs's epochs, keep descending on the same loss until it stops improving
 */
public record OptimizerOptions(boolean shortTerm, int relearningSteps, TrainingConfig training,
                               boolean recencyWeighting, boolean refine) {

    public OptimizerOptions {
        if (relearningSteps < 0) {
            throw new IllegalArgumentException("relearning steps must be >= 0, was " + relearningSteps);
        }
        java.util.Objects.requireNonNull(training, "training");
    }

    /** Exactly fsrs-rs's procedure (with short-term scheduling and one relearning step). */
    public static OptimizerOptions fsrsRs() {
        return new OptimizerOptions(true, 1, TrainingConfig.defaults(), true, false);
    }

    /** Smriti's: fsrs-rs's procedure followed by the refinement. */
    public static OptimizerOptions defaults() {
        return new OptimizerOptions(true, 1, TrainingConfig.defaults(), true, true);
    }
}
