package org.smriti.core.fsrs.optimizer;

import java.util.Locale;
import java.util.Optional;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * What "optimise from my reviews" found, for the Settings screen and the CLI.
 *
 * @param fit           the fitted weights and how far the data allowed the fit to go
 * @param current       the weights in use
 * @param items         training items (reviews on a later day than the card's previous one, each predicted from
 *                      the card's earlier reviews)
 * @param reviews       reviews in the histories those items come from
 * @param cards         card histories those items come from
 * @param before        the current weights scored on all items (empty when there are none)
 * @param after         the fitted weights scored on all items
 * @param heldOutBefore the current weights scored on the items a time-series split tests (empty under 6 items)
 * @param heldOutAfter  the same items predicted by weights fitted only on the items before them: the honest figure
 * @param better        whether the fitted weights lower the log loss on the aspirant's own items (Apply offered)
 */
public record OptimizationResult(Fit fit, FsrsParameters current, int items, int reviews, int cards,
                                 Optional<Metrics> before, Optional<Metrics> after,
                                 Optional<Metrics> heldOutBefore, Optional<Metrics> heldOutAfter, boolean better) {

    /** What happened, in plain words, for showing next to the figures. */
    public String summary() {
        String used = String.format(Locale.ROOT, "%,d reviews of %,d cards gave %,d items to learn from", reviews,
                cards, items);
        switch (fit.stage()) {
            case DEFAULTS:
                return used + ". That is too few to fit anything (at least " + Optimizer.MIN_ITEMS
                        + " are needed, after leaving out rare first intervals), so the default weights stay. "
                        + "Review on more days and try again.";
            case INITIAL_STABILITIES:
                return used + ". With fewer than " + Optimizer.MIN_ITEMS_TO_TRAIN
                        + " only the four initial stabilities could be fitted; the other weights are the defaults. "
                        + verdict();
            default:
                return used + ". All 21 weights were fitted. " + verdict();
        }
    }

    private String verdict() {
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        String figures = String.format(Locale.ROOT, "Log loss %.4f → %.4f, RMSE(bins) %.2f%% → %.2f%%.",
                before.get().logLoss(), after.get().logLoss(), 100 * before.get().rmseBins(),
                100 * after.get().rmseBins());
        return figures + (better ? " The fitted weights predict your reviews better."
                : " The fitted weights do not predict your reviews better, so keeping the current ones is advised.");
    }
}
