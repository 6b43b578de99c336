package org.smriti.core.queue;

import org.smriti.core.settings.Settings;

/**
 * How many new cards and reviews a day may bring.
 *
 * @param newPerDay     new cards introduced per study day
 * @param reviewsPerDay review cards shown per study day
 */
public record DailyLimits(int newPerDay, int reviewsPerDay) {

    public DailyLimits {
        if (newPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits cannot be negative: new " + newPerDay + ", reviews "
                    + reviewsPerDay);
        }
    }

    public static DailyLimits of(Settings settings) {
        return new DailyLimits(settings.newPerDay(), settings.reviewsPerDay());
    }

    /** 20 new cards and 200 reviews, as Anki. */
    public static DailyLimits defaults() {
        return new DailyLimits(20, 200);
    }
}
