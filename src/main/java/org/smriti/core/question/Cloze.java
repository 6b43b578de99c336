package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One card of a cloze note: the note's text with deletion {@code number} blanked. A note with c1 and c2 gives
 * two {@code Cloze} cards, {@code <note>-c1} and {@code <note>-c2}, siblings of one fact (as in Anki).
 * The meta's prompt is the card's front, so lists and searches show what the card asks.
 *
 * @param text   the note's whole cloze text, {@code {{c1::…}}} marks included
 * @param number which deletion this card blanks
 */
public record Cloze(QuestionMeta meta, String text, int number) implements Question {


    public Cloze {
        Objects.requireNonNull(text, "text");
        if (!ClozeText.parse(text).hasDeletion(number)) {
            throw new IllegalArgumentException(meta.id() + ": the text has no deletion c" + number);
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    /**
     * The cards of a cloze note, one per deletion number in ascending order, as a pack gives them: each has the
     * note's meta under its own id ({@code <note>-c<n>}) and its front as prompt.
     *
     * @param note the note's meta; its id is the note's
     */
    public static List<Cloze> cards(QuestionMeta note, String text) {
        ClozeText parsed = ClozeText.parse(text);
        List<Cloze> cards = new ArrayList<>();
        for (int n : parsed.numbers()) {
            cards.add(new Cloze(note.withIdAndPrompt(cardId(note.id(), n), parsed.front(n)), text, n));
        }
        return cards;
    }

    /** The card id of deletion {@code number} of note {@code noteId}. */
    public static String cardId(String noteId, int number) {
        return noteId + "-c" + number;
    }

    /** The id of the note this card belongs to (its id without {@code -cN}). */
    public String noteId() {
        // Not a regex, nor a string built: saving a card asks this of every card in the bank.
        String id = id();
        String digits = Integer.toString(number);
        int cut = id.length() - digits.length() - 2;
        return cut >= 0 && id.startsWith("-c", cut) && id.endsWith(digits) ? id.substring(0, cut) : id;
    }

    public ClozeText cloze() {
        return ClozeText.parse(text);
    }

    /** The words this card blanks. */
    public String answer() {
        return cloze().answer(number);
    }
}
