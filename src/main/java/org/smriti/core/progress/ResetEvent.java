package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * Makes a card new again. Its review history is kept for statistics, and so are its bookmark and suspension.
 */
public record ResetEvent(String questionId, Instant at) implements CardEvent {

    public ResetEvent {
        Events.requireId(questionId);
        Objects.requireNonNull(at, "at");
    }
}
