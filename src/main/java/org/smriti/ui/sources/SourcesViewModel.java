package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/**
 * State of the Sources screen: the bundled notes and the aspirant's own, the note open in the reader with the
 * passages cards quote from it, the passage and the text selected, and what the last action gave. Calls only
 * {@link NotesPorts}; refreshes whenever the port reports a change.
 */
public final class SourcesViewModel {

    /** The note the reader shows: its text as laid out, and the passages cards quote from it. */
    record Shown(SourceDocument doc, ReaderText text, List<Passage> passages) {
    }

    private final NotesPorts ports;
    private final NoteLibrary library;
    private final ReadOnlyObjectWrapper<SourceDocument> selectedDocument = new ReadOnlyObjectWrapper<>(this, "selectedDocument");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<Passage> selectedPassage = new ReadOnlyObjectWrapper<>(this, "selectedPassage");
    private final ReadOnlyObjectWrapper<Span> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final FindModel find = new FindModel();
    private final SuggestionModel suggestions;
    private final NoteEditorModel editor;

    public SourcesViewModel(NotesPorts ports) {
        this.ports = ports;
        this.suggestions = new SuggestionModel(ports, this::isQuoted, this::refresh);
        this.editor = new NoteEditorModel(ports);
        this.library = new NoteLibrary(ports);
        if (!documents().isEmpty()) {
            select(documents().get(0));
        }
        ports.onChange(this::refresh);
    }

    /** Every note, bundled first. */
    public ObservableList<SourceDocument> documents() {
        return library.documents();
    }

    ObservableList<SourceDocument> bundled() {
        return library.bundled();
    }

    ObservableList<SourceDocument> own() {
        return library.own();
    }

    boolean isOwn(SourceDocument doc) {
        return library.isOwn(doc);
    }

    public ReadOnlyObjectProperty<SourceDocument> selectedDocumentProperty() {
        return selectedDocument.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Passage> selectedPassageProperty() {
        return selectedPassage.getReadOnlyProperty();
    }

    /** The raw span of the open note selected in the reader, or null. */
    ReadOnlyObjectProperty<Span> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What the last action gave: notes added, files refused, a note saved or deleted, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    FindModel find() {
        return find;
    }

    SuggestionModel suggestions() {
        return suggestions;
    }

    NoteEditorModel editor() {
        return editor;
    }

    /** The quoted passages of a note, in reading order. */
    public List<Passage> passages(SourceDocument doc) {
        return library.passages(doc);
    }

    /** How many cards quote the note. */
    int cardCount(SourceDocument doc) {
        return library.cardCount(doc);
    }

    public void select(SourceDocument doc) {
        if (doc == null || doc.equals(selectedDocument.get())) {
            return;
        }
        selectedDocument.set(doc);
        Passage p = selectedPassage.get();
        if (p != null && !p.doc().equals(doc.file())) {
            selectedPassage.set(null);
        }
        selection.set(null);
        if (suggestions.showingProperty().get()) {
            suggestions.close();
        }
        show(doc);
    }

    public void selectPassage(Passage passage) {
        if (passage != null) {
            library.byFile(passage.doc()).ifPresent(this::select);
        }
        selectedPassage.set(passage);
    }

    /** Opens the note a question cites with its passage selected ("Open in source"). */
    public boolean reveal(SourceRef ref) {
        Optional<SourceDocument> doc = library.byFile(ref.doc());
        Optional<Span> span = doc.flatMap(d -> d.locate(ref.quote()));
        if (span.isEmpty()) {
            return false;
        }
        select(doc.get());
        Passage hit = passages(doc.get()).stream()
                .filter(p -> p.contains(span.get().start()))
                .findFirst()
                .orElse(new Passage(doc.get().file(), span.get().start(), span.get().end(), List.of()));
        selectedPassage.set(hit);
        return true;
    }

    void selectSpan(Span span) {
        selection.set(span);
    }

    /** The selected passage as the note writes it, or empty when nothing is selected. */
    String selectedText() {
        Shown s = shown.get();
        return s == null || selection.get() == null ? "" : s.text().quote(selection.get());
    }

    /**
     * A cloze card to write on the selected passage, quoting it from the open note; empty (and a hint said) when
     * nothing is selected.
     */
    Optional<CardDraft> cardFromSelection() {
        SourceDocument doc = selectedDocument.get();
        String passage = selectedText();
        if (doc == null || passage.isEmpty()) {
            warn("Select a passage first: drag across it in the note, or click a sentence.");
            return Optional.empty();
        }
        return Optional.of(CardDraft.blank(QuestionType.CLOZE, new SourceRef(doc.file(), passage)).toBuilder()
                .text(passage).build());
    }

    void startSuggestions() {
        SourceDocument doc = selectedDocument.get();
        if (doc != null) {
            selection.set(null);
            suggestions.start(doc);
        }
    }

    void startEdit() {
        SourceDocument doc = selectedDocument.get();
        if (isOwn(doc)) {
            editor.startEdit(doc);
        }
    }

    /** Saves the note being written or edited and opens it; on failure the editor keeps it and says why. */
    void saveNote() {
        editor.save().ifPresent(saved -> {
            refresh();
            library.byFile(saved.file()).ifPresent(this::select);
            say("Saved “" + saved.title() + "”.");
        });
    }

    /** Imports note files (from the file chooser or dropped on the page) and opens the first added. */
    void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        NotesPorts.Imported result = ports.importFiles(files);
        refresh();
        if (!result.added().isEmpty()) {
            library.byFile(result.added().get(0).file()).ifPresent(this::select);
        }
        report(summary(result), !result.problems().isEmpty());
    }

    /** Moves an own note to the trash; its cards keep their quotes. */
    void delete(SourceDocument doc) {
        try {
            ports.delete(doc.file());
        } catch (IOException e) {
            warn(e.getMessage());
            return;
        }
        refresh();
        say("Moved “" + doc.title() + "” to the trash folder. Its cards keep their quotes.");
    }

    /** Reads the notes and cards again, keeping the open note (or its neighbour if it is gone) and its state. */
    void refresh() {
        SourceDocument before = selectedDocument.get();
        List<SourceDocument> documents = library.documents();
        int at = before == null ? 0 : documents.indexOf(before);
        library.load();
        SourceDocument now = before == null ? null : library.byFile(before.file()).orElse(null);
        if (now == null && !documents.isEmpty()) {
            now = documents.get(Math.max(0, Math.min(at, documents.size() - 1)));
        }
        boolean sameText = before != null && now != null && before.file().equals(now.file())
                && before.text().equals(now.text());
        selectedDocument.set(now);
        if (!sameText) {
            selection.set(null);
            if (suggestions.showingProperty().get()) {
                suggestions.close();
            }
        }
        show(now);
        Passage p = selectedPassage.get();
        if (p != null) {
            selectedPassage.set(now == null || !sameText ? null : passages(now).stream()
                    .filter(q -> q.contains(p.start())).findFirst().orElse(null));
        }
    }

    private void show(SourceDocument doc) {
        Shown now = doc == null ? null : new Shown(doc, library.text(doc), passages(doc));
        if (!Objects.equals(now, shown.get())) {
            shown.set(now);
            find.setText(now == null ? null : now.text());
        }
    }

    private boolean isQuoted(Span span) {
        Shown s = shown.get();
        return s != null && s.passages().stream().anyMatch(p -> p.overlaps(span));
    }

    private static String summary(NotesPorts.Imported result) {
        StringBuilder text = new StringBuilder();
        if (!result.added().isEmpty()) {
            text.append("Added ").append(plural(result.added().size(), "note")).append(": ")
                    .append(result.added().stream().map(d -> "“" + d.title() + "”").collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (!result.problems().isEmpty()) {
            text.append(text.length() > 0 ? "\n" : "")
                    .append(plural(result.problems().size(), "file was", "files were")).append(" not imported:");
            result.problems().forEach(p -> text.append("\n• ").append(p));
        }
        return text.length() == 0 ? "No files to import." : text.toString();
    }

    void dismissMessage() {
        report("", false);
    }

    private void say(String text) {
        report(text, false);
    }

    void warn(String text) {
        report(text, true);
    }

    private void report(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }
}
