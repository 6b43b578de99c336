package org.smriti.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * Days studied in a row, counted in study days (the day clock's rollover decides which day a review belongs to).
 *
 * @param current days in a row up to today; today not studied yet does not break yesterday's run
 * @param longest the longest run ever
 */
public record Streaks(int current, int longest) {

    /** The streaks of every review in {@code state}, by study day. */
    public static Streaks of(ProgressState state, DayClock days, Instant now) {
        Set<LocalDate> studied = new HashSet<>();
        for (CardProgress p : state.cards().values()) {
            for (ReviewRecord r : p.history()) {
                studied.add(days.dayOf(r.at()));
            }
        }
        return of(studied, days.dayOf(now));
    }

    public static Streaks of(Collection<LocalDate> studyDays, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>(studyDays);
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : days) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }
        LocalDate cursor = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (days.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, longest);
    }
}
