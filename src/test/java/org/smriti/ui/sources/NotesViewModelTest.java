package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/** The Sources view model over the aspirant's own notes: listing, adding, editing, deleting, making cards. */
class NotesViewModelTest {

    private static final SourceDocument BUNDLED = new SourceDocument("000_bundled.txt", "Bundled note",
            "India and Japan signed the ACSA in 2020. The Act East Forum was set up in 2017.");

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    private FakeNotes notes;
    private SourcesViewModel model;

    @BeforeEach
    void open() {
        notes = new FakeNotes(dataDir.resolve("data"), List.of(BUNDLED), List.of(new Flashcard(new QuestionMeta(
                "acsa", "p", "e", List.of(Topic.DEFENCE), 1, new SourceRef(BUNDLED.file(), "the ACSA in 2020"), null),
                "a")));
        model = new SourcesViewModel(notes);
    }

    private SourceDocument own(String title) {
        return model.own().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void bundledNotesAndOwnNotesAreListedApartAndTheFirstIsOpen() throws IOException {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        model.refresh();
        assertThat(model.bundled()).extracting(SourceDocument::title).containsExactly("Bundled note");
        assertThat(model.own()).extracting(SourceDocument::title).containsExactly("Quad");
        assertThat(model.isOwn(own("Quad"))).isTrue();
        assertThat(model.isOwn(BUNDLED)).isFalse();
        assertThat(model.selectedDocumentProperty().get()).isEqualTo(BUNDLED);
    }

    @Test
    void importAddsTheGoodFilesOpensTheFirstAndNamesEachRefusedFileWithItsReason() throws IOException {
        Path good = Files.writeString(downloads.resolve("quad-notes.md"), "# Quad\n\nThe Quad met in 2022.\n");
        Path latin1 = Files.write(downloads.resolve("old.txt"), "Caf\u00e9 summit".getBytes(StandardCharsets.ISO_8859_1));
        model.importFiles(List.of(good, latin1));
        assertThat(model.own()).extracting(SourceDocument::title).containsExactly("Quad");
        assertThat(model.selectedDocumentProperty().get().title()).isEqualTo("Quad");
        assertThat(model.messageProperty().get()).startsWith("Added 1 note: “Quad”.\n1 file was not imported:\n• old.txt")
                .contains("not UTF-8");
        assertThat(model.problemProperty().get()).isTrue();
    }

    @Test
    void aSavedNewNoteIsOpened() {
        model.editor().startNew();
        model.editor().titleProperty().set("Quad");
        model.editor().textProperty().set("The Quad met in Tokyo in 2022.");
        model.saveNote();
        assertThat(model.selectedDocumentProperty().get().title()).isEqualTo("Quad");
        assertThat(model.messageProperty().get()).isEqualTo("Saved “Quad”.");
    }

    @Test
    void editingAnOwnNoteShowsTheNewTextInTheReader() throws IOException {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        model.refresh();
        model.select(own("Quad"));
        model.startEdit();
        model.editor().textProperty().set("The Quad met in Tokyo in 2022 and in Washington in 2021.");
        model.saveNote();
        assertThat(model.shownProperty().get().doc().text()).contains("Washington");
        assertThat(model.own()).hasSize(1);
    }

    @Test
    void aBundledNoteCannotBeEdited() {
        model.startEdit();
        assertThat(model.editor().modeProperty().get()).isEqualTo(NoteEditorModel.Mode.CLOSED);
    }

    @Test
    void deletingANoteOpensItsNeighbourAndSaysItsCardsStay() throws IOException {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        model.refresh();
        SourceDocument quad = own("Quad");
        model.select(quad);
        model.delete(quad);
        assertThat(model.own()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("data/trash/notes/quad.md"))).isTrue();
        assertThat(model.selectedDocumentProperty().get()).isEqualTo(BUNDLED);
        assertThat(model.messageProperty().get()).isEqualTo(
                "Moved “Quad” to the trash folder. Its cards keep their quotes.");
    }

    @Test
    void aFailedDeleteSaysWhyAndKeepsTheNote() throws IOException {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        model.refresh();
        SourceDocument quad = own("Quad");
        Files.delete(dataDir.resolve("data/notes/quad.md"));
        model.delete(quad);
        assertThat(model.messageProperty().get()).contains("already deleted");
        assertThat(model.problemProperty().get()).isTrue();
    }

    @Test
    void aSelectedPassageBecomesAClozeDraftQuotingIt() {
        Span span = BUNDLED.locate("The Act East Forum was set up in 2017.").orElseThrow();
        model.selectSpan(span);
        CardDraft draft = model.cardFromSelection().orElseThrow();
        assertThat(draft.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(draft.text()).isEqualTo("The Act East Forum was set up in 2017.");
        assertThat(draft.source()).isEqualTo(new SourceRef(BUNDLED.file(), "The Act East Forum was set up in 2017."));
    }

    @Test
    void makingACardWithNothingSelectedSaysHow() {
        assertThat(model.cardFromSelection()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Select a passage first");
    }

    @Test
    void aCardSavedElsewhereHighlightsItsPassageAndKeepsTheSelection() throws IOException {
        Span span = BUNDLED.locate("The Act East Forum").orElseThrow();
        model.selectSpan(span);
        SourcesViewModel.Shown before = model.shownProperty().get();
        notes.saveCards(List.of(model.cardFromSelection().orElseThrow()));
        assertThat(model.shownProperty().get()).isNotSameAs(before);
        assertThat(model.passages(BUNDLED)).hasSize(2);
        assertThat(model.selectionProperty().get()).isEqualTo(span);
        assertThat(model.cardCount(BUNDLED)).isEqualTo(2);
    }
}
