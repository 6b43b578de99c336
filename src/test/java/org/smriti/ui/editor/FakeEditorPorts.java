package org.smriti.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.bank.DraftCheck;

/** The app's side of the editor for tests: the real pack validator, one note, and saving into a list. */
final class FakeEditorPorts implements EditorPorts {

    static final SourceDocument NOTE = new SourceDocument("000_note.txt", "India–Japan defence ties",
            "India and Japan hold the bilateral exercises JIMEX (naval), SHINYUU Maitri (Air Force) and "
                    + "Dharma Guardian (Army). The Japan-India Maritime Exercise began in 2012.");
    static final String PASSAGE = "India and Japan hold the bilateral exercises JIMEX (naval), SHINYUU Maitri (Air Force)";

    private final DraftCheck.Documents documents = new DraftCheck.Documents(List.of(NOTE));
    private final List<CardDraft> saved = new ArrayList<>();
    private IOException failure;
    private int nextId = 1;

    /** Makes every save fail with {@code reason}, as a full disk would; {@code null} lets saves succeed again. */
    void failWith(IOException reason) {
        failure = reason;
    }

    List<CardDraft> saved() {
        return saved;
    }

    @Override
    public CheckedDraft check(CardDraft draft) {
        return DraftCheck.check(draft, draft.id() != null ? draft.id() : "my-card-" + nextId, documents,
                "bundled-question"::equals);
    }

    @Override
    public Saved save(CardDraft draft) throws IOException {
        if (failure != null) {
            throw failure;
        }
        CardDraft withId = draft.id() != null ? draft : draft.toBuilder().id("my-card-" + nextId++).build();
        saved.add(withId);
        return new Saved(withId, check(withId).cards());
    }

    @Override
    public Optional<SourceDocument> document(String docId) {
        return NOTE.file().equals(docId) ? Optional.of(NOTE) : Optional.empty();
    }
}
