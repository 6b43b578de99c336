package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.MainWindow;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.study.StudyService;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.browse.BrowseRow;
import org.smriti.ui.browse.BrowseState;
import org.smriti.ui.review.ReviewPage;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 end to end, in the real window and by keyboard and mouse: a note imported from a file, a sentence of it
 * made into a cloze card, the card studied in today's review, and the card and its progress there after a restart.
 */
class OwnCardFlowTest {

    private static final String SENTENCE = "Its leaders launched the IPMDA initiative for maritime awareness.";

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    @TempDir
    Path downloads;

    private final FxRobot robot = app.robot();

    @Test
    void aCardMadeFromAnImportedNoteIsStudiedTodayAndSurvivesARestart() throws Exception {
        MainWindow window = app.open();
        app.filesToImport(Files.writeString(downloads.resolve("quad.md"),
                "# Quad summit\n\nThe Quad met in Tokyo in May 2022. " + SENTENCE + " They meet every year.\n"));

        // Sources: import the note; it opens in the reader.
        app.ctrl(KeyCode.DIGIT5);
        robot.clickOn("#sources-import");
        assertThat(robot.lookup("#sources-title").queryAs(Label.class).getText()).isEqualTo("Quad summit");

        // Click a sentence to select it, Ctrl+K: the card editor opens on it, a cloze card quoting it.
        robot.clickOn(screenPointOf(robot.lookup(".source-paragraph").queryAs(TextFlow.class), "launched"),
                MouseButton.PRIMARY);
        app.ctrl(KeyCode.K);
        TextArea text = robot.lookup("#editor-cloze-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo(SENTENCE);
        assertThat(robot.lookup("#editor-type").queryComboBox().getValue()).isEqualTo(QuestionType.CLOZE);

        // Blank a word (double-click selects it, Ctrl+Shift+C blanks it) and save with Ctrl+Enter.
        robot.doubleClickOn(screenPointOf(text, "IPMDA"), MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getText()).isEqualTo(SENTENCE.replace("IPMDA", "{{c1::IPMDA}}"));
        app.ctrl(KeyCode.ENTER);
        assertThat(text.getScene().getWindow().isShowing()).as("the editor closed on saving").isFalse();

        // Review: start today's review; the new card comes first (own cards lead the new cards).
        app.ctrl(KeyCode.DIGIT2);
        robot.clickOn("#review-start");
        Question card = current(window);
        assertThat(window.context().library().isOwnCard(card.id())).isTrue();
        assertThat(card).isInstanceOf(Cloze.class);
        assertThat(((Cloze) card).text()).isEqualTo(SENTENCE.replace("IPMDA", "{{c1::IPMDA}}"));
        assertThat(card.source()).contains(new SourceRef("notes/quad.md", SENTENCE));
        app.type(KeyCode.SPACE);   // show the answer
        app.type(KeyCode.DIGIT3);  // Good
        assertThat(current(window)).as("the next card").isNotEqualTo(card);

        // Restart: the card is in Browse, among my cards, with the review it was given.
        MainWindow again = app.restart();
        StudyService study = again.context().study();
        CardProgress progress = study.progress(card.id());
        assertThat(study.bank().byId(card.id())).isPresent();
        assertThat(study.card(card.id()).state()).isNotEqualTo(CardState.NEW);
        assertThat(progress.history()).singleElement().extracting(ReviewRecord::rating).isEqualTo(Rating.GOOD);

        app.ctrl(KeyCode.DIGIT4);
        robot.clickOn("#browse-own");
        TableView<BrowseRow> table = browseTable();
        assertThat(table.getItems()).extracting(BrowseRow::id).containsExactly(card.id());
        assertThat(table.getItems().get(0).state()).isNotEqualTo(BrowseState.NEW);
        robot.clickOn(robot.lookup("#browse-table .table-row-cell")
                .match((TableRow<?> row) -> row.isVisible() && row.getItem() != null).queryAs(TableRow.class));
        assertThat(robot.lookup("#browse-history").queryAs(VBox.class).getChildren()).as("its review, listed")
                .hasSize(1);
    }

    private static Question current(MainWindow window) {
        return ((ReviewPage) window.shell().page(Area.REVIEW)).model().questionProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TableView<BrowseRow> browseTable() {
        return robot.lookup("#browse-table").queryAs(TableView.class);
    }

    /** Where {@code word} is on the screen in a block of text shown by the reader (the middle of its first letter). */
    private static Point2D screenPointOf(TextFlow block, String word) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            StringBuilder shown = new StringBuilder();
            for (Node child : block.getChildren()) {
                shown.append(((Text) child).getText());
            }
            int at = shown.indexOf(word);
            Bounds letter = new javafx.scene.shape.Path(block.rangeShape(at, at + 1)).getBoundsInLocal();
            return block.localToScreen(letter.getCenterX() + block.getInsets().getLeft(),
                    letter.getCenterY() + block.getInsets().getTop());
        }).get();
    }

    /** Where {@code word} is on the screen in a text area (the middle of its second letter). */
    private static Point2D screenPointOf(TextArea area, String word) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text paragraph = area.lookupAll(".text").stream().filter(n -> n instanceof Text)
                    .map(n -> (Text) n).filter(t -> t.getText().contains(word)).findFirst().orElseThrow();
            int at = paragraph.getText().indexOf(word);
            Bounds letter = new javafx.scene.shape.Path(paragraph.rangeShape(at + 1, at + 2)).getBoundsInLocal();
            return paragraph.localToScreen(letter.getCenterX(), letter.getCenterY());
        }).get();
    }
}
