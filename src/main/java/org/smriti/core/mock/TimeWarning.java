package org.smriti.core.mock;

import java.time.Duration;

/** The countdown warnings, each shown once when the remaining time first falls to its threshold. */
public enum TimeWarning {
    TEN_MINUTES(Duration.ofMinutes(10)),
    ONE_MINUTE(Duration.ofMinutes(1));

    private final Duration threshold;

    TimeWarning(Duration threshold) {
        this.threshold = threshold;
    }

    public Duration threshold() {
        return threshold;
    }
}
