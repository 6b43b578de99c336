package org.smriti.core.fsrs.optimizer;

import org.smriti.core.fsrs.FsrsParameters;

/**
 * Fitted weights and how far the data allowed the fit to go.
 *
 * @param parameters the weights
 * @param stage      what was fitted
 * @param items      the items trained on (after fsrs-rs's outlier filter)
 */
public record Fit(FsrsParameters parameters, Stage stage, int items) {

    /** How much of the model the data could fit (fsrs-rs's thresholds). */
    public enum Stage {
        /** Fewer than {@link Optimizer#MIN_ITEMS} items: the default weights. */
        DEFAULTS,
        /** Fewer than {@link Optimizer#MIN_ITEMS_TO_TRAIN} items: only the initial stabilities w0..w3 are fitted. */
        INITIAL_STABILITIES,
        /** All 21 weights fitted. */
        TRAINED
    }
}
