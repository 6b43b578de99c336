package org.smriti.core.mock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The questions of one test, in the order they are asked, and the time allowed for them.
 * Empty when nothing in the bank matched the spec; such a test cannot be started.
 */
public record MockSelection(List<String> questionIds, Duration duration) {

    public MockSelection {
        questionIds = List.copyOf(questionIds);
        Objects.requireNonNull(duration, "duration");
    }

    public boolean isEmpty() {
        return questionIds.isEmpty();
    }

    public int size() {
        return questionIds.size();
    }
}
