package org.smriti.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer to one card: the card before and after, so the answer can be journalled and undone exactly
 * (undo = put {@link #before()} back).
 *
 * @param rating     the answer
 * @param reviewedAt when it was given
 * @param before     the card as it was
 * @param after      the card as it is now
 */
public record ReviewResult(Rating rating, Instant reviewedAt, Card before, Card after) {

    public ReviewResult {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Time until the card is due again (zero or more). */
    public Duration interval() {
        Duration interval = Duration.between(reviewedAt, after.due());
        return interval.isNegative() ? Duration.ZERO : interval;
    }

    /** The answer-button label, e.g. "10m" or "3d". */
    public String label() {
        return IntervalFormat.label(interval());
    }

    /** True when this answer is the lapse that made the card a leech. */
    public boolean becameLeech() {
        return !Scheduler.isLeech(before) && Scheduler.isLeech(after);
    }
}
