package org.smriti.ui.sources;

import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.source.SourceDocument;

/**
 * Writing a new note or editing one of the aspirant's: a title and the text below it. A failed save keeps
 * everything typed and says why.
 */
final class NoteEditorModel {

    enum Mode { CLOSED, NEW, EDIT }

    private final NotesPorts ports;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CLOSED);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String docId;
    private String savedTitle = "";
    private String savedText = "";

    NoteEditorModel(NotesPorts ports) {
        this.ports = ports;
    }

    ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty textProperty() {
        return text;
    }

    /** Why the last save failed, in the aspirant's words; empty otherwise. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void startNew() {
        open(Mode.NEW, null, "", "");
    }

    /** Edits an own note: its title, and its text without the {@code # title} line the title is stored as. */
    void startEdit(SourceDocument doc) {
        open(Mode.EDIT, doc.file(), doc.title(), body(doc.text(), doc.title()));
    }

    /** Whether anything was typed since the editor opened. */
    boolean changed() {
        return !title.get().equals(savedTitle) || !text.get().equals(savedText);
    }

    /** Saves through the port; on failure the editor stays open with the reason and nothing typed is lost. */
    Optional<SourceDocument> save() {
        try {
            SourceDocument saved = mode.get() == Mode.NEW
                    ? ports.create(title.get(), text.get())
                    : ports.update(docId, title.get(), text.get());
            mode.set(Mode.CLOSED);
            error.set("");
            return Optional.of(saved);
        } catch (IOException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    void cancel() {
        mode.set(Mode.CLOSED);
        error.set("");
    }

    private void open(Mode m, String id, String t, String body) {
        docId = id;
        savedTitle = t;
        savedText = body;
        title.set(t);
        text.set(body);
        error.set("");
        mode.set(m);
    }

    /**
     * The text below a first line {@code # title}, which is how a note stores its title (the whole text if none),
     * without trailing blank lines, so that typing at its end continues its last line.
     */
    static String body(String text, String title) {
        String stripped = text.stripLeading();
        String first = stripped.lines().findFirst().orElse("");
        if (!first.startsWith("# ") || !first.substring(2).strip().equals(title)) {
            return text.stripTrailing();
        }
        return stripped.substring(first.length()).strip();
    }
}
