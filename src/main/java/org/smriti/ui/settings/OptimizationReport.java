package org.smriti.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.smriti.core.fsrs.optimizer.Fit;
import org.smriti.core.fsrs.optimizer.Metrics;
import org.smriti.core.fsrs.optimizer.OptimizationResult;

/**
 * What "Optimise from my reviews" found, worded for its dialog: the summary, the figures before and after, the
 * fitted weights, and whether they may be applied (only when they predict the aspirant's own reviews better, as in
 * Anki).
 */
public record OptimizationReport(OptimizationResult result) {

    private static final Locale UI = Locale.ENGLISH;

    /** One line of the figures: a measure for the weights in use and for the fitted ones. */
    public record Row(String measure, String current, String fitted) {
    }

    /** What happened, in plain words (how many reviews, what could be fitted, and the verdict). */
    public String summary() {
        return result.summary();
    }

    /** False when there were too few reviews to fit anything: the dialog then only says so. */
    public boolean enoughData() {
        return result.fit().stage() != Fit.Stage.DEFAULTS && result.after().isPresent();
    }

    /** Log loss and RMSE(bins) on all the reviews, then on the held-out ones when there are enough. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        add(rows, "Log loss, all reviews", result.before(), result.after(), OptimizationReport::logLoss);
        add(rows, "RMSE (bins), all reviews", result.before(), result.after(), OptimizationReport::rmse);
        add(rows, "Log loss, held out", result.heldOutBefore(), result.heldOutAfter(), OptimizationReport::logLoss);
        add(rows, "RMSE (bins), held out", result.heldOutBefore(), result.heldOutAfter(), OptimizationReport::rmse);
        return rows;
    }

    /** True when there were enough items to score weights fitted without them (a time-series split). */
    public boolean heldOut() {
        return result.heldOutBefore().isPresent() && result.heldOutAfter().isPresent();
    }

    /** The 21 fitted weights, four decimals each, as Anki lists them. */
    public String weights() {
        StringJoiner joined = new StringJoiner(", ");
        for (double w : result.fit().parameters().toArray()) {
            joined.add(String.format(UI, "%.4f", w));
        }
        return joined.toString();
    }

    public boolean canApply() {
        return enoughData() && result.better();
    }

    /** Next to the Apply button: what applying does, or why it is off. */
    public String applyNote() {
        if (!enoughData()) {
            return "Nothing was fitted, so there is nothing to apply.";
        }
        if (canApply()) {
            return "Applying changes the intervals from now on; Back to default weights undoes it.";
        }
        return String.format(UI, "Apply is off: the fitted weights do not lower the log loss on your own reviews "
                        + "(%.4f with the weights in use, %.4f fitted), so the weights in use stay, as in Anki.",
                result.before().orElseThrow().logLoss(), result.after().orElseThrow().logLoss());
    }

    private static void add(List<Row> rows, String measure, Optional<Metrics> current, Optional<Metrics> fitted,
                            Function<Metrics, String> format) {
        if (current.isPresent() && fitted.isPresent()) {
            rows.add(new Row(measure, format.apply(current.get()), format.apply(fitted.get())));
        }
    }

    private static String logLoss(Metrics m) {
        return String.format(UI, "%.4f", m.logLoss());
    }

    private static String rmse(Metrics m) {
        return String.format(UI, "%.2f %%", 100 * m.rmseBins());
    }
}
