package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.fsrs.Card;

/**
 * Undoes the last review of a card.
 *
 * @param questionId the question whose last review is undone
 * @param at         when the undo happened
 * @param restored   the card as it was before that review ({@link ReviewEvent#before()})
 */
public record UndoEvent(String questionId, Instant at, Card restored) implements CardEvent {

    public UndoEvent {
        Events.requireId(questionId);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(restored, "restored");
    }
}
