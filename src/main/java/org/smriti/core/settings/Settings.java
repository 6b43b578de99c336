package org.smriti.core.settings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smriti.core.fsrs.FsrsParameters;

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
 * @param examMode           with an exam date: raise retention as it nears and introduce every card before it
 * @param fsrsWeights        FSRS weights fitted to the aspirant's reviews and applied by them, or {@code null} for the
 *                           FSRS-6 defaults (valid by construction: {@link FsrsParameters} checks the bounds)
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
        boolean mockFeedsReviews,
        boolean examMode,
        FsrsParameters fsrsWeights) {

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
                36500, true, true, 4, true, null, Theme.LIGHT, 100, true, false, null);
    }

    /** The weights to schedule with: the applied fitted ones, else the FSRS-6 defaults. */
    public FsrsParameters fsrsParameters() {
        return fsrsWeights != null ? fsrsWeights : FsrsParameters.defaults();
    }

    public Settings withTheme(Theme value) {
        return toBuilder().theme(value).build();
    }

    public Settings withFontScalePercent(int value) {
        return toBuilder().fontScalePercent(value).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy of settings for changing several fields at once; {@link #build()} gives the record. */
    public static final class Builder {
        private int newPerDay;
        private int reviewsPerDay;
        private double desiredRetention;
        private List<Duration> learningSteps;
        private List<Duration> relearningSteps;
        private int maximumInterval;
        private boolean fuzz;
        private boolean shortTerm;
        private int rolloverHour;
        private boolean showStreak;
        private LocalDate examDate;
        private Theme theme;
        private int fontScalePercent;
        private boolean mockFeedsReviews;
        private boolean examMode;
        private FsrsParameters fsrsWeights;

        private Builder(Settings s) {
            newPerDay = s.newPerDay;
            reviewsPerDay = s.reviewsPerDay;
            desiredRetention = s.desiredRetention;
            learningSteps = s.learningSteps;
            relearningSteps = s.relearningSteps;
            maximumInterval = s.maximumInterval;
            fuzz = s.fuzz;
            shortTerm = s.shortTerm;
            rolloverHour = s.rolloverHour;
            showStreak = s.showStreak;
            examDate = s.examDate;
            theme = s.theme;
            fontScalePercent = s.fontScalePercent;
            mockFeedsReviews = s.mockFeedsReviews;
            examMode = s.examMode;
            fsrsWeights = s.fsrsWeights;
        }

        public Builder newPerDay(int v) {
            newPerDay = v;
            return this;
        }

        public Builder reviewsPerDay(int v) {
            reviewsPerDay = v;
            return this;
        }

        public Builder desiredRetention(double v) {
            desiredRetention = v;
            return this;
        }

        public Builder learningSteps(List<Duration> v) {
            learningSteps = v;
            return this;
        }

        public Builder relearningSteps(List<Duration> v) {
            relearningSteps = v;
            return this;
        }

        public Builder maximumInterval(int v) {
            maximumInterval = v;
            return this;
        }

        public Builder fuzz(boolean v) {
            fuzz = v;
            return this;
        }

        public Builder shortTerm(boolean v) {
            shortTerm = v;
            return this;
        }

        public Builder rolloverHour(int v) {
            rolloverHour = v;
            return this;
        }

        public Builder showStreak(boolean v) {
            showStreak = v;
            return this;
        }

        public Builder examDate(LocalDate v) {
            examDate = v;
            return this;
        }

        public Builder theme(Theme v) {
            theme = v;
            return this;
        }

        public Builder fontScalePercent(int v) {
            fontScalePercent = v;
            return this;
        }

        public Builder mockFeedsReviews(boolean v) {
            mockFeedsReviews = v;
            return this;
        }

        public Builder examMode(boolean v) {
            examMode = v;
            return this;
        }

        /** Fitted weights to schedule with; {@code null} = back to the defaults. */
        public Builder fsrsWeights(FsrsParameters v) {
            fsrsWeights = v;
            return this;
        }

        public Settings build() {
            return new Settings(newPerDay, reviewsPerDay, desiredRetention, learningSteps, relearningSteps,
                    maximumInterval, fuzz, shortTerm, rolloverHour, showStreak, examDate, theme, fontScalePercent,
                    mockFeedsReviews, examMode, fsrsWeights);
        }
    }
}
