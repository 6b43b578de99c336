package org.smriti.core.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * Reviews per study day over a range of days, for the heatmap, with the streaks. Days are study days: the day
 * clock's zone and rollover hour decide which day a review belongs to.
 *
 * @param from    first day shown
 * @param to      last day shown (today)
 * @param counts  reviews on each day of the range that has any
 * @param streaks days studied in a row, over the whole history
 */
public record ReviewCalendar(LocalDate from, LocalDate to, Map<LocalDate, Integer> counts, Streaks streaks) {

    /** Weeks in the heatmap: this week and the 52 before it. */
    public static final int WEEKS = 53;

    public ReviewCalendar {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The last year in whole weeks starting on Monday, ending today. */
    public static ReviewCalendar lastYear(ProgressState state, DayClock clock, Instant now) {
        LocalDate today = clock.dayOf(now);
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        return of(state, clock, from, today);
    }

    public static ReviewCalendar of(ProgressState state, DayClock clock, LocalDate from, LocalDate today) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        Set<LocalDate> studied = new HashSet<>();
        for (CardProgress p : state.cards().values()) {
            for (ReviewRecord r : p.history()) {
                LocalDate day = clock.dayOf(r.at());
                studied.add(day);
                if (!day.isBefore(from) && !day.isAfter(today)) {
                    counts.merge(day, 1, Integer::sum);
                }
            }
        }
        return new ReviewCalendar(from, today, counts, Streaks.of(studied, today));
    }

    public int count(LocalDate day) {
        return counts.getOrDefault(day, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The busiest day's count, 0 when nothing was reviewed. */
    public int max() {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int daysStudied() {
        return counts.size();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /**
     * The heatmap shade 0..4: 0 for no review, otherwise the count's quarter of the busiest day (rounded up), so
     * any review shows and only the busiest days are darkest.
     */
    public int level(LocalDate day) {
        int count = count(day);
        return count == 0 ? 0 : Math.min(4, (int) Math.ceil(4.0 * count / max()));
    }
}
