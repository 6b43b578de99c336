package org.smriti.core.fsrs;

import java.time.Duration;
import java.util.Locale;

/**
 * Short interval labels for the answer buttons, as Anki writes them: "45s", "1m", "10m", "3h", "3d",
 * "2.1mo", "1.3y". Seconds, minutes, hours and days are whole numbers; months (a twelfth of 365 days) and
 * years (365 days) keep one decimal, dropped when it is zero.
 */
public final class IntervalFormat {

    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double YEAR = 365 * DAY;
    private static final double MONTH = YEAR / 12;

    private IntervalFormat() {
    }

    public static String label(Duration interval) {
        double seconds = Math.max(0, interval.toMillis() / 1000.0);
        if (seconds < MINUTE) {
            return Math.round(seconds) + "s";
        }
        if (seconds < HOUR) {
            return Math.round(seconds / MINUTE) + "m";
        }
        if (seconds < DAY) {
            return Math.round(seconds / HOUR) + "h";
        }
        if (seconds < MONTH) {
            return Math.round(seconds / DAY) + "d";
        }
        if (seconds < YEAR) {
            return oneDecimal(seconds / MONTH) + "mo";
        }
        return oneDecimal(seconds / YEAR) + "y";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
