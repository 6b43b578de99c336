package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.Rating;

/**
 * One answer to a card.
 *
 * @param questionId     the question reviewed
 * @param rating         the aspirant's rating
 * @param at             when the answer was given
 * @param durationMillis how long the aspirant took, in milliseconds
 * @param before         the card before the review (what an undo restores)
 * @param after          the card the scheduler produced
 */
public record ReviewEvent(String questionId, Rating rating, Instant at, long durationMillis, Card before, Card after)
        implements CardEvent {

    public ReviewEvent {
        Events.requireId(questionId);
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must be >= 0, was " + durationMillis);
        }
    }
}
