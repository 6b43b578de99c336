package org.smriti.ui.editor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;

/** A cloze note's text, and Anki's way of blanking words in it. */
final class ClozeFields implements TypeFields {

    /** Every opening of a deletion, finished or not: Anki numbers a new blank after all of them. */
    private static final Pattern OPENING = Pattern.compile("\\{\\{c(\\d+)::");

    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    /** Where the caret and selection go after a blank is made. */
    record Caret(int anchor, int caret) {
    }

    StringProperty text() {
        return text;
    }

    /**
     * Wraps {@code text[start, end)} in a deletion, as Anki's Ctrl+Shift+C does: numbered one above the highest
     * so far, or with the highest number itself when {@code sameNumber} (Ctrl+Shift+Alt+C, so the words are
     * blanked on the same card). With nothing selected an empty deletion is inserted with the caret inside it.
     */
    Caret blank(int start, int end, boolean sameNumber) {
        String s = text.get();
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(s.length(), Math.max(start, end));
        int highest = 0;
        Matcher m = OPENING.matcher(s);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        int number = Math.max(1, sameNumber ? highest : highest + 1);
        String open = "{{c" + number + "::";
        text.set(s.substring(0, from) + open + s.substring(from, to) + "}}" + s.substring(to));
        int inside = to + open.length();
        int after = from == to ? inside : inside + 2;
        return new Caret(after, after);
    }

    @Override
    public void load(CardDraft draft) {
        // A card made from a passage starts as the passage itself: the aspirant only blanks words.
        boolean fromPassage = draft.id() == null && draft.text().isEmpty() && draft.source() != null;
        text.set(fromPassage ? draft.source().quote() : draft.text());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.text(text.get());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {text};
    }

    @Override
    public List<String> fields() {
        return List.of("text");
    }
}
