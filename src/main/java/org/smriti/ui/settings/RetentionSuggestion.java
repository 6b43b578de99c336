package org.smriti.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smriti.core.fsrs.optimizer.OptimalRetention;

/**
 * What "Suggest a retention" found, worded for its dialog: the desired retention that costs the least study time
 * per card remembered over a simulated year (Anki's "compute optimal retention"), the curve, and the aspirant's
 * setting to compare with.
 *
 * @param result  the simulation's best retention and curve
 * @param current the desired retention set now
 */
public record RetentionSuggestion(OptimalRetention.Result result, double current) {

    private static final Locale UI = Locale.ENGLISH;

    /** The suggestion to the hundredth, as the setting is shown and as the curve is drawn. */
    public double best() {
        return hundredths(result.best());
    }

    public List<OptimalRetention.Point> curve() {
        return result.curve();
    }

    /** The curve's point at a retention (it has one per hundredth from 0.70 to 0.95), if in its range. */
    public Optional<OptimalRetention.Point> pointAt(double retention) {
        return curve().stream().filter(p -> Math.abs(p.retention() - retention) < 0.005).findFirst();
    }

    /** True when the suggestion is the setting already (nothing to use). */
    public boolean isCurrent() {
        return best() == hundredths(current);
    }

    public String useLabel() {
        return "Use " + retention(best());
    }

    /** The suggestion and its cost against the setting's. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(UI,
                "A desired retention of %s costs the least study: about %s per card remembered.",
                retention(best()), cost(best())));
        if (isCurrent()) {
            s.append(" That is your setting already.");
        } else if (pointAt(hundredths(current)).isPresent()) {
            s.append(String.format(UI, " At your %s it is about %s.", retention(current), cost(current)));
        } else {
            s.append(String.format(UI, " Your setting, %s, lies outside the range simulated (%s–%s).",
                    retention(current), retention(OptimalRetention.MIN_RETENTION),
                    retention(OptimalRetention.MAX_RETENTION)));
        }
        return s.toString();
    }

    /** What the simulation assumed, and the trade-off the number leaves out. */
    public String basis() {
        return "Simulated over a year of study with the weights in use, your answer times, your daily limits and "
                + "your question bank. A lower retention means fewer reviews but more forgetting between them; "
                + "with the exam near, a higher one can be worth its cost.";
    }

    static String retention(double r) {
        return String.format(UI, "%.2f", r);
    }

    /** Study time per card remembered, in seconds or, from 100 s, minutes. */
    static String seconds(double s) {
        return s < 100 ? String.format(UI, "%.0f s", s) : String.format(UI, "%.1f min", s / 60);
    }

    private String cost(double retention) {
        return seconds(pointAt(hundredths(retention)).orElseThrow().costPerMemorized());
    }

    private static double hundredths(double r) {
        return Math.round(r * 100) / 100.0;
    }
}
