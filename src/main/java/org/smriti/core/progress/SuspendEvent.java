package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;

/** Suspends a question (it is not scheduled) or lifts the suspension. */
public record SuspendEvent(String questionId, boolean on, Instant at) implements CardEvent {

    public SuspendEvent {
        Events.requireId(questionId);
        Objects.requireNonNull(at, "at");
    }
}
