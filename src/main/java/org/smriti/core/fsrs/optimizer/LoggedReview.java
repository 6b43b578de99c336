package org.smriti.core.fsrs.optimizer;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.fsrs.Rating;

/** One answer from a review log: when, and the rating given. */
public record LoggedReview(Instant at, Rating rating) {

    public LoggedReview {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
