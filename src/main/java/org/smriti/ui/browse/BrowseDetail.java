package org.smriti.ui.browse;

import java.util.List;
import java.util.Optional;
import org.smriti.core.question.Question;

/**
 * Everything the detail pane shows for the selected row, already formatted.
 *
 * @param question    the question; empty for an orphaned id
 * @param sourceTitle the title of the document the question quotes, when the bank has it
 * @param memory      the memory state as label/value lines (state, due, stability, ...)
 * @param history     the reviews, oldest first
 */
public record BrowseDetail(BrowseRow row, Optional<Question> question, Optional<String> sourceTitle,
                           List<Fact> memory, List<HistoryLine> history) {

    /** One labelled value of the memory state. */
    public record Fact(String label, String value) {
    }

    /** One review: when, the answer, how long it took, the card's state before → after. */
    public record HistoryLine(String when, String rating, String time, String states) {
    }
}
