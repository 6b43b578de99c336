package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.source.SourceDocument;

class NoteEditorModelTest {

    @TempDir
    Path dataDir;

    private FakeNotes notes() {
        return new FakeNotes(dataDir, List.of(), List.of());
    }

    @Test
    void aNewNoteIsSavedWithItsTitleAndText() {
        NoteEditorModel editor = new NoteEditorModel(notes());
        editor.startNew();
        editor.titleProperty().set("Quad summit");
        editor.textProperty().set("The Quad met in Tokyo in 2022.");
        SourceDocument saved = editor.save().orElseThrow();
        assertThat(saved.title()).isEqualTo("Quad summit");
        assertThat(saved.text()).contains("The Quad met in Tokyo in 2022.");
        assertThat(editor.modeProperty().get()).isEqualTo(NoteEditorModel.Mode.CLOSED);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsEverythingTyped() {
        NoteEditorModel editor = new NoteEditorModel(notes());
        editor.startNew();
        editor.textProperty().set("Text without a title.");
        assertThat(editor.save()).isEmpty();
        assertThat(editor.errorProperty().get()).isEqualTo("Give the note a title.");
        assertThat(editor.modeProperty().get()).isEqualTo(NoteEditorModel.Mode.NEW);
        assertThat(editor.textProperty().get()).isEqualTo("Text without a title.");
        assertThat(editor.changed()).isTrue();
    }

    @Test
    void editingShowsTheTextWithoutTheTitleLineAndSavesBoth() throws Exception {
        FakeNotes notes = notes();
        SourceDocument note = notes.create("Quad", "The Quad met in 2022.\n\nIt meets yearly.");
        NoteEditorModel editor = new NoteEditorModel(notes);
        editor.startEdit(note);
        assertThat(editor.titleProperty().get()).isEqualTo("Quad");
        assertThat(editor.textProperty().get()).isEqualTo("The Quad met in 2022.\n\nIt meets yearly.");
        assertThat(editor.changed()).isFalse();
        editor.titleProperty().set("The Quad");
        SourceDocument saved = editor.save().orElseThrow();
        assertThat(saved.file()).isEqualTo(note.file());
        assertThat(saved.title()).isEqualTo("The Quad");
        assertThat(saved.text()).isEqualTo("# The Quad\n\nThe Quad met in 2022.\n\nIt meets yearly.\n");
    }

    @Test
    void aNoteWithoutATitleLineIsEditedWhole() {
        assertThat(NoteEditorModel.body("Plain text.\nMore.", "Plain")).isEqualTo("Plain text.\nMore.");
        assertThat(NoteEditorModel.body("# Other\n\nText", "Title")).isEqualTo("# Other\n\nText");
    }
}
