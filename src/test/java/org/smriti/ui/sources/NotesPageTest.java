package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.settings.Theme;
import org.smriti.core.source.SourceDocument;
import org.smriti.testsupport.FxHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Sources page driven like an aspirant would, headless: the notes, writing and importing, making cards. */
class NotesPageTest {

    @TempDir
    java.nio.file.Path dataDir;
    @TempDir
    java.nio.file.Path downloads;

    private final FxRobot robot = new FxRobot();
    private FakeNotes notes;
    private SourcesPageStage stage;

    @BeforeEach
    void notes() {
        notes = FakeNotes.withBundledBank(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    private void open() throws Exception {
        stage = SourcesPageStage.show(new SourcesViewModel(notes), Theme.LIGHT, 100);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Whether the node is there and it and all its parents are visible. */
    private boolean showing(String id) {
        Node node = robot.lookup(id).tryQuery().orElse(null);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    @SuppressWarnings("unchecked")
    private List<NoteListView.Item> items() {
        return robot.lookup("#sources-notes").queryAs(ListView.class).getItems();
    }

    @Test
    void theBundledNotesAreListedThenMyNotes() throws Exception {
        notes.create("Quad summit", "The Quad met in Tokyo in 2022.");
        open();
        List<NoteListView.Item> items = items();
        assertThat(items).hasSize(8);
        assertThat(items.get(0)).isEqualTo(new NoteListView.Heading("Bundled notes"));
        assertThat(items.subList(1, 6)).allMatch(i -> i instanceof NoteListView.Note n && !n.doc().file().startsWith("notes/"));
        assertThat(items.get(6)).isEqualTo(new NoteListView.Heading("My notes"));
        assertThat(((NoteListView.Note) items.get(7)).doc().title()).isEqualTo("Quad summit");
        assertThat(showing("#sources-edit")).as("a bundled note cannot be edited").isFalse();
    }

    @Test
    void aNewNoteIsWrittenSavedAndOpened() throws Exception {
        open();
        robot.clickOn("#sources-new-note");
        assertThat(showing("#sources-note-editor")).isTrue();
        robot.clickOn("#sources-note-title").write("Quad summit");
        robot.clickOn("#sources-note-text").write("The Quad met in Tokyo in 2022.");
        robot.clickOn("#sources-note-save");
        assertThat(showing("#sources-note-editor")).isFalse();
        assertThat(text("#sources-title")).isEqualTo("Quad summit");
        assertThat(items().get(items().size() - 1)).isInstanceOf(NoteListView.Note.class);
        assertThat(showing("#sources-edit")).isTrue();
    }

    @Test
    void aNoteThatCannotBeSavedSaysWhyAndKeepsWhatWasTyped() throws Exception {
        open();
        robot.clickOn("#sources-new-note");
        robot.clickOn("#sources-note-text").write("Text typed before the title.");
        robot.clickOn("#sources-note-save");
        assertThat(showing("#sources-note-error")).isTrue();
        assertThat(text("#sources-note-error")).isEqualTo("Give the note a title.");
        assertThat(robot.lookup("#sources-note-text").queryTextInputControl().getText())
                .isEqualTo("Text typed before the title.");
    }

    @Test
    void importingTwoFilesAddsTheGoodOneAndNamesTheRefusedOneWithItsReason() throws Exception {
        open();
        stage.filesToImport = List.of(
                Files.writeString(downloads.resolve("quad.md"), "# Quad summit\n\nThe Quad met in Tokyo in 2022.\n"),
                Files.write(downloads.resolve("scan.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 7}));
        robot.clickOn("#sources-import");
        assertThat(text("#sources-message")).startsWith("Added 1 note: “Quad summit”.")
                .contains("scan.txt is not a text file");
        assertThat(text("#sources-title")).isEqualTo("Quad summit");
        assertThat(ownNotes()).hasSize(1);
    }

    @Test
    void editingANoteChangesItsTitleAndText() throws Exception {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        open();
        selectOwn("Quad");
        robot.clickOn("#sources-edit");
        robot.doubleClickOn("#sources-note-title").eraseText(4).write("The Quad");
        robot.clickOn("#sources-note-text").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" It met again in 2023.");
        robot.clickOn("#sources-note-save");
        assertThat(text("#sources-title")).isEqualTo("The Quad");
        SourceDocument saved = notes.documents().get(notes.documents().size() - 1);
        assertThat(saved.text()).isEqualTo("# The Quad\n\nThe Quad met in Tokyo in 2022. It met again in 2023.\n");
    }

    @Test
    void deletingAsksOnceSayingTheCardsStayThenMovesTheNoteToTheTrash() throws Exception {
        notes.create("Quad", "The Quad met in Tokyo in 2022.");
        open();
        selectOwn("Quad");
        robot.clickOn("#sources-delete");
        Node dialog = robot.lookup("#sources-delete-dialog").query();
        assertThat(((DialogPane) dialog).getContentText()).contains("trash folder")
                .contains("No card quotes it");
        robot.clickOn("Cancel");
        assertThat(ownNotes()).hasSize(1);
        robot.clickOn("#sources-delete");
        robot.clickOn("Delete note");
        assertThat(ownNotes()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("trash/notes/quad.md"))).isTrue();
        assertThat(items()).noneMatch(i -> i instanceof NoteListView.Note n && n.doc().title().equals("Quad"));
    }

    @Test
    void importThenSelectAPassageThenCtrlKOpensTheEditorOnIt() throws Exception {
        open();
        stage.filesToImport = List.of(Files.writeString(downloads.resolve("quad.md"),
                "# Quad summit\n\nThe leaders of the Quad met in Tokyo in May 2022 and launched the IPMDA initiative"
                        + " for maritime awareness.\n", StandardCharsets.UTF_8));
        robot.clickOn("#sources-import");
        ReaderBlock paragraph = robot.lookup(".source-paragraph").queryAs(ReaderBlock.class);
        Bounds b = paragraph.localToScreen(paragraph.getBoundsInLocal());
        double y = b.getMinY() + 6;
        robot.drag(new Point2D(b.getMinX() + 40, y), MouseButton.PRIMARY).dropTo(new Point2D(b.getMinX() + 260, y));
        String passage = stage.model.selectedText();
        assertThat(passage).isNotBlank();
        assertThat(paragraph.line().text()).contains(passage);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        assertThat(stage.editorDrafts).hasSize(1);
        CardDraft draft = stage.editorDrafts.get(0);
        assertThat(draft.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(draft.text()).isEqualTo(passage);
        assertThat(draft.source().quote()).isEqualTo(passage);
        SourceDocument note = stage.model.selectedDocumentProperty().get();
        assertThat(draft.source().doc()).isEqualTo(note.file());
        assertThat(note.locate(draft.source().quote())).isPresent();
    }

    @Test
    void clickingASentenceSelectsIt() throws Exception {
        notes.create("Quad", "The Quad met in Tokyo in 2022. Its leaders launched IPMDA. They meet yearly.");
        open();
        selectOwn("Quad");
        ReaderBlock paragraph = robot.lookup(".source-paragraph").queryAs(ReaderBlock.class);
        Bounds b = paragraph.localToScreen(paragraph.getBoundsInLocal());
        Point2D word = screenPointOf(paragraph, paragraph.line().text().indexOf("launched"));
        robot.clickOn(word, MouseButton.PRIMARY);
        assertThat(stage.model.selectedText()).isEqualTo("Its leaders launched IPMDA.");
        Path selection = (Path) paragraph.lookup(".reader-selection");
        assertThat(selection.getElements()).isNotEmpty();
        assertThat(b.contains(word)).isTrue();
    }

    @Test
    void ctrlFFindsInTheNoteAndCountsTheMatchesWhileQuotedPassagesStayHighlighted() throws Exception {
        open();
        robot.clickOn("#sources-reader");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(showing("#sources-find-bar")).isTrue();
        robot.write("japan");
        ReaderText shown = stage.model.shownProperty().get().text();
        int count = shown.find("japan").size();
        assertThat(count).isGreaterThan(2);
        assertThat(text("#sources-find-count")).isEqualTo("1 of " + count);
        robot.type(KeyCode.ENTER);
        assertThat(text("#sources-find-count")).isEqualTo("2 of " + count);
        assertThat(robot.lookup(".reader-find").queryAll()).anyMatch(p -> !((Path) p).getElements().isEmpty());
        assertThat(robot.lookup(".quote-highlight").queryAll()).isNotEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(showing("#sources-find-bar")).isFalse();
        assertThat(robot.lookup(".reader-find").queryAll()).allMatch(p -> ((Path) p).getElements().isEmpty());
    }

    @Test
    void aLongNoteShowsInPartsAndFindOpensThePartOfTheMatch() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            text.append("- Fact number ").append(i).append(i == 950 ? " mentions the Kaizen Academy." : ".").append('\n');
        }
        notes.create("Long", text.toString());
        open();
        selectOwn("Long");
        assertThat(robot.lookup(".source-bullet").queryAll()).as("the title line, then 399 facts")
                .hasSize(NoteReaderView.PART_LINES - 1);
        assertThat(showing("#sources-previous-part")).isFalse();
        assertThat(robot.lookup("#sources-next-part").queryButton().getText())
                .isEqualTo("↓  Continue: lines 401–800 of 1001");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Kaizen");
        assertThat(text("#sources-find-count")).isEqualTo("1 of 1");
        assertThat(robot.lookup(".source-bullet").queryAllAs(ReaderBlock.class))
                .anyMatch(b -> b.line().text().contains("Kaizen"));
        assertThat(showing("#sources-previous-part")).isTrue();
        assertThat(showing("#sources-next-part")).isFalse();
    }

    private List<SourceDocument> ownNotes() throws IOException {
        return notes.store().list(new ArrayList<>());
    }

    private void selectOwn(String title) throws Exception {
        SourcesPageStage.fx(() -> stage.model.select(stage.model.own().stream()
                .filter(d -> d.title().equals(title)).findFirst().orElseThrow()));
    }

    /** Where character {@code index} of a reader line is on the screen (its middle). */
    private static Point2D screenPointOf(ReaderBlock block, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds local = new Path(block.rangeShape(index, index + 1)).getBoundsInLocal();
            return block.localToScreen(local.getCenterX() + block.getInsets().getLeft(),
                    local.getCenterY() + block.getInsets().getTop());
        }).get();
    }
}
