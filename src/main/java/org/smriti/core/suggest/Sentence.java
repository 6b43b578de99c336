package org.smriti.core.suggest;

import java.util.List;
import org.smriti.core.source.Span;

/**
 * A sentence suggestions can be made from.
 *
 * @param index    its number in the note, from 0
 * @param text     what the card shows: the sentence with markup removed; for a table row, "header: cell; …"
 * @param quote    the passage to cite, found in the note by the bank's comparison rule
 * @param span     where it is in the raw note
 * @param labelEnd where a lead-in label such as "Economic Ties: " ends in {@code text}; 0 if none
 * @param subject  whether what follows the label defines it ("Osaka Track: A plurilateral framework…",
 *                 "Act East Policy: Promotes…"), so that the label is the sentence's subject rather than a topic
 * @param emphasis the stretches of {@code text} the note sets in bold
 * @param cells    for a table row, the cells after the first, each with its column's header; empty for prose
 */
record Sentence(int index, String text, String quote, Span span, int labelEnd, boolean subject,
        List<Range> emphasis, List<Cell> cells) {

    /** One table cell: where it is in the row's {@code text}, and its column's header (empty if none). */
    record Cell(Range range, String header) {
    }

    boolean isTableRow() {
        return !cells.isEmpty();
    }
}
