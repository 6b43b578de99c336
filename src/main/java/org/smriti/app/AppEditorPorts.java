package org.smriti.app;

import java.io.IOException;
import java.util.Optional;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.source.SourceDocument;
import org.smriti.study.Library;
import org.smriti.ui.editor.EditorPorts;

/** Connects the card editor to the aspirant's own cards. */
final class AppEditorPorts implements EditorPorts {

    private final Library library;

    AppEditorPorts(Library library) {
        this.library = library;
    }

    @Override
    public CheckedDraft check(CardDraft draft) {
        return library.check(draft);
    }

    @Override
    public Saved save(CardDraft draft) throws IOException {
        CardDraft saved = library.save(draft);
        return new Saved(saved, library.check(saved).cards());
    }

    @Override
    public Optional<SourceDocument> document(String docId) {
        return library.document(docId);
    }
}
