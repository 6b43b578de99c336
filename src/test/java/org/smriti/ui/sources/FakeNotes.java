package org.smriti.ui.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.notes.NoteProblemException;
import org.smriti.data.notes.NoteStore;

/**
 * The Sources port as the app implements it, for tests: the aspirant's notes in a real {@link NoteStore} on a
 * temporary folder, bundled notes and questions given, suggestions from the real {@link CardSuggester}, and
 * saved cards kept in memory (each becomes a question citing its passage, so it is highlighted).
 */
final class FakeNotes implements NotesPorts {

    private final NoteStore store;
    private final List<SourceDocument> bundled;
    private final List<Question> questions;
    private final List<Runnable> listeners = new ArrayList<>();
    final List<CardDraft> saved = new ArrayList<>();
    /** The next save fails with this, once. */
    IOException failNextSave;

    FakeNotes(Path dataDir, List<SourceDocument> bundled, List<Question> questions) {
        this.store = new NoteStore(dataDir, Clock.systemUTC());
        this.bundled = bundled.stream().sorted(Comparator.comparing(SourceDocument::title)).toList();
        this.questions = new ArrayList<>(questions);
    }

    /** The bundled bank's five notes and their questions. */
    static FakeNotes withBundledBank(Path dataDir) {
        LoadedBank bank = bundledBank();
        return new FakeNotes(dataDir, bank.documents(), bank.bank().questions());
    }

    static LoadedBank bundledBank() {
        try {
            return BankLoader.loadBundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NoteStore store() {
        return store;
    }

    @Override
    public List<SourceDocument> documents() {
        List<SourceDocument> all = new ArrayList<>(bundled);
        try {
            all.addAll(store.list(new ArrayList<>()).stream()
                    .sorted(Comparator.comparing(SourceDocument::title)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @Override
    public boolean isOwn(String docId) {
        return NoteStore.isNote(docId);
    }

    @Override
    public List<Question> questions() {
        return List.copyOf(questions);
    }

    @Override
    public SourceDocument create(String title, String text) throws IOException {
        return changed(store.create(title, text));
    }

    @Override
    public Imported importFiles(List<Path> files) {
        List<SourceDocument> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                added.add(store.importFile(f));
            } catch (NoteProblemException e) {
                problems.add(e.getMessage());
            }
        }
        changed(null);
        return new Imported(added, problems);
    }

    @Override
    public SourceDocument update(String docId, String title, String text) throws IOException {
        return changed(store.update(docId, title, text));
    }

    @Override
    public void delete(String docId) throws IOException {
        store.delete(docId);
        changed(null);
    }

    @Override
    public List<Suggestion> suggest(SourceDocument note) {
        List<String> quotes = questions.stream().flatMap(q -> q.source().stream())
                .filter(ref -> ref.doc().equals(note.file())).map(SourceRef::quote).toList();
        return CardSuggester.suggest(note.text(), quotes);
    }

    @Override
    public List<Question> saveCards(List<CardDraft> drafts) throws IOException {
        if (failNextSave != null) {
            IOException e = failNextSave;
            failNextSave = null;
            throw e;
        }
        List<Question> cards = new ArrayList<>();
        for (CardDraft d : drafts) {
            cards.add(new Flashcard(new QuestionMeta("own-" + (questions.size() + cards.size()), d.text(), "",
                    List.of(Topic.GENERAL), 2, d.source(), null), ""));
        }
        saved.addAll(drafts);
        questions.addAll(cards);
        changed(null);
        return cards;
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private <T> T changed(T result) {
        listeners.forEach(Runnable::run);
        return result;
    }
}
