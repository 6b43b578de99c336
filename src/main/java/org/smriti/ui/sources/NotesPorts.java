package org.smriti.ui.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.Suggestion;

/** What the Sources screen needs from the rest of the app: the notes, their cards, and changing both. */
public interface NotesPorts {

    /** The bundled notes first, then the aspirant's own, each in title order. */
    List<SourceDocument> documents();

    /** Whether a document is one of the aspirant's notes (which can be edited and deleted). */
    boolean isOwn(String docId);

    /** Every question studied, bundled and own: their quotes are highlighted in the notes. */
    List<Question> questions();

    /** @throws IOException with a reason worded for the aspirant (no title, empty, over 2 MB, disk full…) */
    SourceDocument create(String title, String text) throws IOException;

    /** Copies each file into the notes; a file that cannot be a note is refused with its reason, the rest added. */
    Imported importFiles(List<Path> files);

    SourceDocument update(String docId, String title, String text) throws IOException;

    /** Moves the note to the trash; its cards keep their quotes and show "source removed". */
    void delete(String docId) throws IOException;

    /** Cloze cards an examiner would ask from the note; sentences that already have a card are marked. */
    List<Suggestion> suggest(SourceDocument note);

    /** Saves accepted suggestions (or any drafts) as cards, durably, all or nothing. */
    List<Question> saveCards(List<CardDraft> drafts) throws IOException;

    /** Calls {@code listener} after notes or cards changed anywhere in the app (editor, import, Browse). */
    void onChange(Runnable listener);

    /** The outcome of importing files. */
    record Imported(List<SourceDocument> added, List<String> problems) {
        public Imported {
            added = List.copyOf(added);
            problems = List.copyOf(problems);
        }
    }
}
