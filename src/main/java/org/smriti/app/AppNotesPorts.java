package org.smriti.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;
import org.smriti.study.Library;
import org.smriti.ui.sources.NotesPorts;

/** Connects the Sources screen to the aspirant's notes and cards. */
final class AppNotesPorts implements NotesPorts {

    private final Library library;

    AppNotesPorts(Library library) {
        this.library = library;
    }

    @Override
    public List<SourceDocument> documents() {
        List<SourceDocument> bundled = new ArrayList<>();
        List<SourceDocument> own = new ArrayList<>();
        for (SourceDocument d : library.documents()) {
            (Library.isOwnNote(d.file()) ? own : bundled).add(d);
        }
        own.sort(Comparator.comparing(SourceDocument::title, String.CASE_INSENSITIVE_ORDER));
        bundled.addAll(own);
        return bundled;
    }

    @Override
    public boolean isOwn(String docId) {
        return Library.isOwnNote(docId);
    }

    @Override
    public List<Question> questions() {
        return library.bank().bank().questions();
    }

    @Override
    public SourceDocument create(String title, String text) throws IOException {
        return library.createNote(title, text);
    }

    @Override
    public Imported importFiles(List<Path> files) {
        try {
            Library.ImportedNotes imported = library.importNotes(files);
            return new Imported(imported.added(), imported.problems());
        } catch (IOException e) {
            return new Imported(List.of(), List.of(e.getMessage()));
        }
    }

    @Override
    public SourceDocument update(String docId, String title, String text) throws IOException {
        return library.updateNote(docId, title, text);
    }

    @Override
    public void delete(String docId) throws IOException {
        library.deleteNote(docId);
    }

    @Override
    public List<Suggestion> suggest(SourceDocument note) {
        List<String> quotes = new ArrayList<>();
        for (Question q : questions()) {
            q.source().filter(ref -> ref.doc().equals(note.file())).map(SourceRef::quote).ifPresent(quotes::add);
        }
        return CardSuggester.suggest(note.text(), quotes);
    }

    @Override
    public List<Question> saveCards(List<CardDraft> drafts) throws IOException {
        return library.saveAll(drafts);
    }

    @Override
    public void onChange(Runnable listener) {
        library.onChange(listener);
    }
}
