package org.smriti.core.queue;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.fsrs.DayClock;

/**
 * The question the daily queue answers: what to study at {@code now}.
 *
 * @param now       the current instant
 * @param dayClock  where study days begin
 * @param limits    the daily limits
 * @param doneToday what the limits have already been spent on today
 * @param filter    all cards, or a practice selection
 */
public record QueueRequest(Instant now, DayClock dayClock, DailyLimits limits, DoneToday doneToday,
                           QueueFilter filter) {

    public QueueRequest {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(dayClock, "dayClock");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(doneToday, "doneToday");
        Objects.requireNonNull(filter, "filter");
    }

    /** The whole collection. */
    public static QueueRequest daily(Instant now, DayClock dayClock, DailyLimits limits, DoneToday doneToday) {
        return new QueueRequest(now, dayClock, limits, doneToday, QueueFilter.all());
    }

    public QueueRequest withFilter(QueueFilter value) {
        return new QueueRequest(now, dayClock, limits, doneToday, value);
    }
}
