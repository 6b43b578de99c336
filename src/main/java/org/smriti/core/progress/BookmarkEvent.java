package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;

/** Turns a question's bookmark on or off. */
public record BookmarkEvent(String questionId, boolean on, Instant at) implements CardEvent {

    public BookmarkEvent {
        Events.requireId(questionId);
        Objects.requireNonNull(at, "at");
    }
}
