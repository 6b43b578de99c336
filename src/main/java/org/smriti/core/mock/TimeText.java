package org.smriti.core.mock;

import java.time.Duration;

/** Countdown text. */
public final class TimeText {

    private TimeText() {
    }

    /**
     * {@code "mm:ss"}, minutes not wrapped into hours ({@code "120:00"}), seconds rounded up so a countdown
     * shows {@code "00:00"} only when no time is left.
     */
    public static String minutesSeconds(Duration d) {
        long seconds = (Math.max(0, d.toMillis()) + 999) / 1000;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
