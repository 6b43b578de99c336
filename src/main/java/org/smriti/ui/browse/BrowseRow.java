package org.smriti.ui.browse;

import java.time.Instant;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;

/**
 * One line of the Browse table.
 *
 * @param type           the question type; {@code null} for an orphaned id (no question to read it from)
 * @param topic          the main topic; {@code null} for an orphaned id
 * @param due            when the card is due; {@code null} for a new card
 * @param stability      FSRS stability in days; {@code null} for a new card
 * @param difficulty     FSRS difficulty 1..10; {@code null} for a new card
 * @param retrievability chance of recall now, in percent; {@code null} for a new card
 * @param own            one of the aspirant's own cards (editable)
 */
public record BrowseRow(String id, QuestionType type, Topic topic, String snippet, BrowseState state,
                        Instant due, Double stability, Double difficulty, Double retrievability, int lapses,
                        boolean bookmarked, boolean suspended, boolean pyq, boolean own) {

    public boolean orphaned() {
        return state == BrowseState.ORPHANED;
    }

    /** The State column's text: the state, with "suspended" added since a suspended card keeps its state. */
    public String stateText() {
        return suspended ? state.label() + " · suspended" : state.label();
    }
}
