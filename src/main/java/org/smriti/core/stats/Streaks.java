package org.smriti.core.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Days studied in a row, counted in study days (the day clock's rollover decides which day a review belongs to).
 *
 * @param current days in a row up to today; today not studied yet does not break yesterday's run
 * @param longest the longest run ever
 */
public record Streaks(int current, int longest) {

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
