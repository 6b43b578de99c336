package org.smriti.core.suggest;

import java.util.Objects;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.Span;

/**
 * One proposed cloze card.
 *
 * @param text          the sentence, markup removed, with one Anki blank {@code {{c1::answer}}} or
 *                      {@code {{c1::answer::hint}}}
 * @param quote         the sentence as the note shows it (markup removed), found in the note by
 *                      {@link org.smriti.core.source.SourceDocument#locate}; for a table row, the row
 * @param kind          what the blank is
 * @param answer        the blanked words
 * @param hint          what the blank asks for ("year", "amount"…), shown in place of the blank; empty if none
 * @param span          where the sentence is in the note's raw text
 * @param sentence      the sentence's number in the note, counting from 0 (headings and labels not counted)
 * @param alreadyCarded whether a card's quote already covers part of this sentence
 */
public record Suggestion(String text, String quote, SuggestionKind kind, String answer, String hint, Span span,
        int sentence, boolean alreadyCarded) {

    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(span, "span");
    }

    /**
     * The card this suggestion becomes when accepted: a cloze draft with this text, citing this sentence of note
     * {@code doc}; topics and the rest are the editor's to fill.
     */
    public CardDraft draft(String doc) {
        return new CardDraft.Builder(QuestionType.CLOZE).text(text).source(new SourceRef(doc, quote)).build();
    }
}
