package org.smriti.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * Time spent per study day over the last days: answering reviews (the time recorded with each answer) and
 * taking mock tests (time used, on the day the test was submitted).
 *
 * @param days one entry per day, oldest first, ending today
 */
public record TimePerDay(List<Day> days) {

    /** Days in the chart. */
    public static final int DAYS = 30;

    public TimePerDay {
        days = List.copyOf(days);
    }

    public record Day(LocalDate date, Duration reviews, Duration mocks) {
        public Duration total() {
            return reviews.plus(mocks);
        }
    }

    public static TimePerDay of(ProgressState state, MockHistory mocks, DayClock clock, Instant now, int dayCount) {
        LocalDate today = clock.dayOf(now);
        LocalDate first = today.minusDays(dayCount - 1L);
        long[] reviewMillis = new long[dayCount];
        long[] mockMillis = new long[dayCount];
        for (CardProgress p : state.cards().values()) {
            for (ReviewRecord r : p.history()) {
                int i = index(clock.dayOf(r.at()), first, dayCount);
                if (i >= 0) {
                    reviewMillis[i] += r.durationMillis();
                }
            }
        }
        for (MockHistory.Entry e : mocks.tests()) {
            int i = index(clock.dayOf(e.submittedAt()), first, dayCount);
            if (i >= 0) {
                mockMillis[i] += e.result().timeUsed().toMillis();
            }
        }
        List<Day> days = new ArrayList<>(dayCount);
        for (int i = 0; i < dayCount; i++) {
            days.add(new Day(first.plusDays(i), Duration.ofMillis(reviewMillis[i]), Duration.ofMillis(mockMillis[i])));
        }
        return new TimePerDay(days);
    }

    private static int index(LocalDate day, LocalDate first, int dayCount) {
        long i = day.toEpochDay() - first.toEpochDay();
        return i >= 0 && i < dayCount ? (int) i : -1;
    }

    public Duration total() {
        return days.stream().map(Day::total).reduce(Duration.ZERO, Duration::plus);
    }

    public boolean isEmpty() {
        return total().isZero();
    }
}
