package org.smriti.core.mock;

import java.time.Duration;

/**
 * The ready-made test sizes. Every preset allows {@link #TIME_PER_QUESTION} (GS Paper I: 120 min for 100
 * questions); when the bank has fewer eligible questions, a preset test shrinks and its time scales with it.
 */
public enum MockPreset {
    QUICK("Quick", 10, 12),
    SECTIONAL("Sectional", 25, 30),
    HALF("Half", 50, 60),
    FULL("Full", 100, 120),
    /** Count and time chosen by the aspirant; the time is kept even if fewer questions are available. */
    CUSTOM("Custom", 0, 0);

    public static final Duration TIME_PER_QUESTION = Duration.ofSeconds(72);

    private final String label;
    private final int count;
    private final int minutes;

    MockPreset(String label, int count, int minutes) {
        this.label = label;
        this.count = count;
        this.minutes = minutes;
    }

    public String label() {
        return label;
    }

    /** Number of questions; 0 for {@link #CUSTOM}. */
    public int count() {
        return count;
    }

    /** Time allowed; zero for {@link #CUSTOM}. */
    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public boolean isCustom() {
        return this == CUSTOM;
    }

    /** Time for a test of {@code questions} questions at the preset rate. */
    public static Duration timeFor(int questions) {
        return TIME_PER_QUESTION.multipliedBy(questions);
    }
}
