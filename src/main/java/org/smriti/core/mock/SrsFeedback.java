package org.smriti.core.mock;

import java.util.Objects;
import org.smriti.core.fsrs.Rating;

/** A mock answer to be recorded as a review of the question's card. */
public record SrsFeedback(String questionId, Rating rating) {
    public SrsFeedback {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(rating, "rating");
    }
}
