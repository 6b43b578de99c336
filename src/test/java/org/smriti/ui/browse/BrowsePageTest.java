package org.smriti.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;
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
}
