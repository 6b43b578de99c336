package org.smriti.core.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smriti.core.progress.ProgressEvent;

/** A mock test began: what was asked for, the questions chosen, in order, and the time allowed. */
public record MockStartedEvent(String testId, Instant at, MockSpec spec, List<String> questionIds, Duration duration)
        implements ProgressEvent {

    public MockStartedEvent {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(duration, "duration");
        questionIds = List.copyOf(questionIds);
    }
}
