package org.smriti.core.mock;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.progress.ProgressEvent;

/** An unfinished mock test was thrown away; it is neither resumable nor in the history. */
public record MockDiscardedEvent(String testId, Instant at) implements ProgressEvent {

    public MockDiscardedEvent {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(at, "at");
    }
}
