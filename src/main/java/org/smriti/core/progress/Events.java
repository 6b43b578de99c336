package org.smriti.core.progress;

import java.util.Objects;

/** Argument checks shared by the event records. */
final class Events {

    private Events() {
    }

    static String requireId(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("questionId must not be blank");
        }
        return questionId;
    }
}
