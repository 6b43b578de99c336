package org.smriti.core.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * The memory state of one card, as in ts-fsrs 5.4.2's {@code Card} (without the deprecated elapsed_days).
 *
 * @param state         new, learning, review or relearning
 * @param due           when the card is next due
 * @param stability     FSRS stability in days (0 for a new card)
 * @param difficulty    FSRS difficulty 1..10 (0 for a new card)
 * @param scheduledDays the interval in days that produced {@code due} (0 for same-day steps)
 * @param learningStep  index of the current (re)learning step
 * @param reps          number of reviews
 * @param lapses        number of times a review card was forgotten
 * @param lastReview    instant of the last review, {@code null} for a new card
 */
public record Card(
        CardState state,
        Instant due,
        double stability,
        double difficulty,
        int scheduledDays,
        int learningStep,
        int reps,
        int lapses,
        Instant lastReview) {

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }

    /** A card never reviewed, due at {@code created}. */
    public static Card newCard(Instant created) {
        return new Card(CardState.NEW, created, 0, 0, 0, 0, 0, 0, null);
    }
}
