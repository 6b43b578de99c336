package org.smriti.ui.editor;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;

/** What the card editor needs from the rest of the app: the validator, durable saving, and the notes. */
public interface EditorPorts {

    /** The draft checked by the pack validator; a draft without an id is checked under the id it would get. */
    CheckedDraft check(CardDraft draft);

    /**
     * Saves the card durably (on disk, fsync'd) before returning; it joins today's queue at once.
     *
     * @return the draft as saved (with its id) and the cards it became
     * @throws IOException with a reason worded for the aspirant; nothing was saved and nothing typed is lost
     */
    Saved save(CardDraft draft) throws IOException;

    /** A bundled note or one of the aspirant's, to show the passage a card quotes. */
    Optional<SourceDocument> document(String docId);

    /** What a save gave. */
    record Saved(CardDraft draft, List<Question> cards) {
        public Saved {
            cards = List.copyOf(cards);
        }
    }
}
