package org.smriti.ui.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;

/**
 * The bundled notes alone, for an app that does not pass its {@link NotesPorts} yet: they can be read and
 * searched and cards suggested from them, but nothing can be added or saved.
 */
final class ReadOnlyNotes implements NotesPorts {

    private static final String UNAVAILABLE = "Own notes and cards cannot be saved in this version of Smriti.";

    private final List<SourceDocument> documents;
    private final List<Question> questions;

    ReadOnlyNotes(List<SourceDocument> documents, List<Question> questions) {
        this.documents = List.copyOf(documents);
        this.questions = List.copyOf(questions);
    }

    @Override
    public List<SourceDocument> documents() {
        return documents;
    }

    @Override
    public boolean isOwn(String docId) {
        return false;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    @Override
    public SourceDocument create(String title, String text) throws IOException {
        throw new IOException(UNAVAILABLE);
    }

    @Override
    public Imported importFiles(List<Path> files) {
        return new Imported(List.of(), files.stream().map(f -> f.getFileName() + ": " + UNAVAILABLE).toList());
    }

    @Override
    public SourceDocument update(String docId, String title, String text) throws IOException {
        throw new IOException(UNAVAILABLE);
    }

    @Override
    public void delete(String docId) throws IOException {
        throw new IOException(UNAVAILABLE);
    }

    @Override
    public List<Suggestion> suggest(SourceDocument note) {
        List<String> quotes = questions.stream().flatMap(q -> q.source().stream())
                .filter(ref -> ref.doc().equals(note.file())).map(ref -> ref.quote()).toList();
        return CardSuggester.suggest(note.text(), quotes);
    }

    @Override
    public List<Question> saveCards(List<CardDraft> drafts) throws IOException {
        throw new IOException(UNAVAILABLE);
    }

    @Override
    public void onChange(Runnable listener) {
        // Nothing changes: the bundled notes and the bank are fixed while the app runs.
    }
}
