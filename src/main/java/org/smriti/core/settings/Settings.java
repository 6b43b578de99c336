package org.smriti.core.settings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The aspirant's preferences. Immutable; change one with a {@code with…} copy.
 *
 * @param newPerDay          new cards introduced per day
 * @param reviewsPerDay      review cards shown per day at most
 * @param desiredRetention   FSRS request retention, 0.70..0.99
 * @param learningSteps      FSRS learning steps (default 1m 10m)
 * @param relearningSteps    FSRS relearning steps (default 10m)
 * @param maximumInterval    longest interval in days
 * @param fuzz               spread intervals a little so cards learnt together do not stay together
 * @param shortTerm          use same-day (short-term) scheduling and learning steps
 * @param rolloverHour       hour (0..23, local time) at which a new study day starts
 * @param showStreak         show the days-in-a-row count on Home
 * @param examDate           the exam date, or {@code null} when none is set
 * @param theme              light or dark
 * @param fontScalePercent   root font size, 100..175 %
 * @param mockFeedsReviews   mock answers count as reviews (wrong = Again, right on a due card = Good)
 */
public record Settings(
        int newPerDay,
        int reviewsPerDay,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval,
        boolean fuzz,
        boolean shortTerm,
        int rolloverHour,
        boolean showStreak,
        LocalDate examDate,
        Theme theme,
        int fontScalePercent,
        boolean mockFeedsReviews) {

    public static final int MIN_FONT_SCALE = 100;
    public static final int MAX_FONT_SCALE = 175;

    public Settings {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        Objects.requireNonNull(theme, "theme");
    }

    public static Settings defaults() {
        return new Settings(20, 200, 0.90,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                36500, true, true, 4, true, null, Theme.LIGHT, 100, true);
    }

    public Settings withTheme(Theme value) {
        return new Settings(newPerDay, reviewsPerDay, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, fuzz, shortTerm, rolloverHour, showStreak, examDate, value, fontScalePercent,
                mockFeedsReviews);
    }

    public Settings withFontScalePercent(int value) {
        return new Settings(newPerDay, reviewsPerDay, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, fuzz, shortTerm, rolloverHour, showStreak, examDate, theme, value,
                mockFeedsReviews);
    }
}
