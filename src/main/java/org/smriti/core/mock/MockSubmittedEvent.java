package org.smriti.core.mock;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.progress.ProgressEvent;

/** A mock test was submitted, by the aspirant or ({@code autoSubmitted}) by the countdown reaching zero. */
public record MockSubmittedEvent(String testId, Instant at, boolean autoSubmitted) implements ProgressEvent {

    public MockSubmittedEvent {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(at, "at");
    }
}
