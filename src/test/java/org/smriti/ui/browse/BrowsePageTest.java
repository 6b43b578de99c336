package org.smriti.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.study.Library;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Browse on the real bundled bank, driven like a user: search, filters, selection, bookmark. */
class BrowsePageTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private MainWindow window;
    private final FxRobot robot = app.robot();

    @BeforeEach
    void open() throws Exception {
        window = app.open();
        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.BROWSE)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }


    @SuppressWarnings("unchecked")
    private TableView<BrowseRow> table() {
        return robot.lookup("#browse-table").queryAs(TableView.class);
    }

    private int bankSize() {
        return window.context().questions().size();
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsEveryQuestionOfTheBank() {
        assertThat(bankSize()).isPositive();
        assertThat(table().getItems()).hasSize(bankSize());
    }

    @Test
    void typingInSearchNarrowsTheTable() {
        Question first = window.context().questions().get(0);
        robot.clickOn("#browse-search").write(first.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(BrowseRow::id).contains(first.id());
        assertThat(table().getItems().size()).isLessThan(bankSize());
        assertThat(robot.lookup("#browse-count").queryAs(Label.class).getText()).contains(" of " + bankSize());
    }

    @Test
    void ctrlFFocusesSearch() {
        robot.clickOn("#browse-table");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#browse-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void topicFilterKeepsOnlyThatTopic() throws Exception {
        Topic topic = window.context().questions().get(0).primaryTopic();
        ComboBox<Topic> box = robot.lookup("#browse-topic").queryAs(ComboBox.class);
        fx(() -> box.setValue(topic));
        assertThat(table().getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.topic()).isEqualTo(topic));
        fx(() -> box.setValue(null));
        assertThat(table().getItems()).hasSize(bankSize());
    }

    @Test
    @SuppressWarnings("unchecked")
    void typeFilterChosenByKeyboardKeepsOnlyThatType() {
        ComboBox<QuestionType> box = robot.lookup("#browse-type").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the first real type after "All types"
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(QuestionType.MCQ);
        assertThat(table().getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.type()).isEqualTo(QuestionType.MCQ));
    }

    @Test
    void pyqFilterKeepsPreviousYearQuestions() {
        robot.clickOn("#browse-pyq");
        assertThat(robot.lookup("#browse-pyq").queryAs(CheckBox.class).isSelected()).isTrue();
        long pyqs = window.context().questions().stream().filter(q -> q.pyq().isPresent()).count();
        assertThat(table().getItems()).hasSize((int) pyqs).allSatisfy(r -> assertThat(r.pyq()).isTrue());
    }

    @Test
    void selectingARowShowsItsDetail() throws Exception {
        fx(() -> table().getSelectionModel().select(0));
        BrowseRow row = table().getSelectionModel().getSelectedItem();
        Node detail = robot.lookup("#browse-detail").query();
        assertThat(robot.from(detail).lookup((Label l) -> l.getText() != null && l.getText().contains(row.id()))
                .tryQuery()).isPresent();
        assertThat(robot.from(detail).lookup("Memory").tryQuery()).isPresent();
    }

    @Test
    void bookmarkButtonBookmarksTheSelectedRowAndFilterFindsIt() throws Exception {
        fx(() -> table().getSelectionModel().select(2));
        String id = table().getSelectionModel().getSelectedItem().id();
        robot.clickOn("#browse-bookmark");
        assertThat(window.context().study().progress(id).bookmarked()).isTrue();
        assertThat(robot.lookup("#browse-bookmark").queryAs(Button.class).getText()).isEqualTo("Remove bookmark");
        assertThat(table().getSelectionModel().getSelectedItem().id()).isEqualTo(id);
        robot.clickOn("#browse-bookmarked");
        assertThat(table().getItems()).extracting(BrowseRow::id).containsExactly(id);
    }

    @Test
    void keyBInTheTableTogglesTheBookmark() throws Exception {
        robot.clickOn("#browse-table");
        fx(() -> table().getSelectionModel().select(1));
        String id = table().getSelectionModel().getSelectedItem().id();
        robot.type(KeyCode.B);
        assertThat(window.context().study().progress(id).bookmarked()).isTrue();
        robot.type(KeyCode.B);
        assertThat(window.context().study().progress(id).bookmarked()).isFalse();
    }

    @Test
    void arrowKeysMoveTheSelectionAndTheDetailFollows() throws Exception {
        robot.clickOn("#browse-table");
        fx(() -> table().getSelectionModel().select(0));
        robot.type(KeyCode.DOWN);
        BrowseRow second = table().getItems().get(1);
        assertThat(table().getSelectionModel().getSelectedItem()).isEqualTo(second);
    }

    @Test
    void enterOpensTheDetailAndEscapeReturnsToTheTable() throws Exception {
        robot.clickOn("#browse-table");
        fx(() -> table().getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#browse-detail").query().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(table().isFocused()).isTrue();
    }

    @Test
    void resetAsksFirstAndCancelKeepsTheProgress() throws Exception {
        String id = window.context().questions().get(0).id();
        window.context().study().answer(id, org.smriti.core.fsrs.Rating.GOOD, 5_000);
        fx(() -> {
            window.shell().show(Area.BROWSE);
            table().getSelectionModel().select(0);
        });
        robot.clickOn("#browse-reset");
        assertThat(robot.lookup("#browse-reset-confirm").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(window.context().study().progress(id).card()).isPresent();
        robot.clickOn("#browse-reset");
        robot.clickOn("Reset");
        assertThat(window.context().study().progress(id).card()).isEmpty();
        assertThat(table().getItems().get(0).state()).isEqualTo(BrowseState.NEW);
    }

    @Test
    void deletingMyCardAsksOnceAndCtrlZBringsItBackWithItsProgress() throws Exception {
        String id = myCardAnsweredOnce();
        selectFirstOfMyCards();

        robot.type(KeyCode.DELETE);
        DialogPane ask = robot.lookup("#browse-delete-confirm").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).contains(id);
        robot.clickOn("Delete");
        assertThat(robot.lookup("#browse-delete-confirm").tryQuery()).as("asked once").isEmpty();
        assertThat(window.context().study().bank().byId(id)).isEmpty();
        assertThat(table().getItems()).extracting(BrowseRow::id).doesNotContain(id);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.context().study().bank().byId(id)).isPresent();
        assertThat(table().getItems()).extracting(BrowseRow::id).containsExactly(id);
        assertThat(table().getItems().get(0).state()).isEqualTo(BrowseState.LEARNING);
        assertThat(window.context().study().progress(id).history()).hasSize(1);
    }

    @Test
    void editingMyCardKeepsItsIdAndItsReviewHistory() throws Exception {
        String id = myCardAnsweredOnce();
        List<ReviewRecord> history = window.context().study().progress(id).history();
        selectFirstOfMyCards();

        robot.type(KeyCode.ENTER); // Enter edits an own card
        assertThat(robot.lookup("#editor-title").queryAs(Label.class).getText()).isEqualTo("Edit card");
        robot.clickOn("#editor-explanation").write("Part III of the Constitution.");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#editor-title").tryQuery()).as("the editor closed").isEmpty();
        assertThat(window.context().study().bank().byId(id).orElseThrow().explanation())
                .isEqualTo("Part III of the Constitution.");
        assertThat(table().getItems()).extracting(BrowseRow::id).containsExactly(id);
        assertThat(table().getItems().get(0).state()).isEqualTo(BrowseState.LEARNING);
        assertThat(window.context().study().progress(id).history()).isEqualTo(history).hasSize(1);
    }

    /** One of my cloze cards, made from a note of mine and answered Good once; Browse is shown again after. */
    private String myCardAnsweredOnce() throws Exception {
        String[] id = new String[1];
        fx(() -> {
            try {
                Library library = window.context().library();
                String sentence = "Article 21 protects life and personal liberty.";
                SourceDocument note = library.createNote("Polity", sentence);
                CardDraft saved = library.save(new CardDraft.Builder(QuestionType.CLOZE)
                        .text("{{c1::Article 21}} protects life and personal liberty.")
                        .source(new SourceRef(note.file(), sentence)).build());
                id[0] = saved.id() + "-c1";
                window.context().study().answer(id[0], Rating.GOOD, 4_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            window.shell().show(Area.HOME);
            window.shell().show(Area.BROWSE);
        });
        return id[0];
    }

    /** Ticks "My cards" and selects the first row, the keyboard in the table. */
    private void selectFirstOfMyCards() throws Exception {
        robot.clickOn("#browse-own");
        robot.clickOn("#browse-table");
        fx(() -> table().getSelectionModel().select(0));
    }
}
