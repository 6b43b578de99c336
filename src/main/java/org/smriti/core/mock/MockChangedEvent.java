package org.smriti.core.mock;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.progress.ProgressEvent;

/**
 * One saved change to a test in progress: the whole state of the question the action was on, where the
 * test now stands and the time left. Absolute values, not differences, so replaying the last events gives
 * the same answer sheet even if the rules for the actions change later.
 *
 * @param questionIndex  the question the action was on (0-based)
 * @param selectedOption its chosen option 0..3, or -1 for none
 * @param marked         its review mark
 * @param visited        whether it has been shown
 * @param timeOnQuestionMillis total time spent on it so far
 * @param currentIndex   the question shown after the action
 * @param remainingMillis time left on the countdown
 */
public record MockChangedEvent(
        String testId,
        Instant at,
        int questionIndex,
        int selectedOption,
        boolean marked,
        boolean visited,
        long timeOnQuestionMillis,
        int currentIndex,
        long remainingMillis) implements ProgressEvent {

    public MockChangedEvent {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(at, "at");
    }

    QuestionState questionState() {
        return new QuestionState(selectedOption, marked, visited, timeOnQuestionMillis);
    }
}
