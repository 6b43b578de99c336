package org.smriti.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.FxHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The card editor worked like an aspirant would, headless: typing, Anki's shortcuts, saving and cancelling. */
class CardEditorTest {

    private final FakeEditorPorts ports = new FakeEditorPorts();
    private final List<EditorPorts.Saved> saved = new ArrayList<>();
    private final FxRobot robot = new FxRobot();
    private CardEditor editor;

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    private void open(CardDraft draft, EditorMode mode) throws Exception {
        editor = EditorStage.open(ports, draft, mode, saved);
        robot.targetWindow(editor.stage());
    }

    @Test
    void anMcqTypedFromTheKeyboardIsSavedWithCtrlEnterAndTheWindowCloses() throws Exception {
        open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);
        robot.clickOn("#editor-type").clickOn("Multiple choice");

        robot.clickOn("#editor-prompt").write("Which service runs JIMEX?");
        List<String> options = List.of("Army", "Navy", "Air Force", "Coast Guard");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#editor-option-" + i).write(options.get(i));
        }
        robot.clickOn("#editor-key-1");
        ctrl(KeyCode.ENTER);

        assertThat(editor.stage().isShowing()).isFalse();
        assertThat(saved).hasSize(1);
        CardDraft card = saved.get(0).draft();
        assertThat(card.type()).isEqualTo(QuestionType.MCQ);
        assertThat(card.prompt()).isEqualTo("Which service runs JIMEX?");
        assertThat(card.options()).isEqualTo(options);
        assertThat(card.answerIndex()).isEqualTo(1);
        assertThat(card.source()).isEqualTo(Drafts.FROM_PASSAGE);
        assertThat(saved.get(0).cards()).extracting(Question::id).containsExactly("my-card-1");
    }

    @Test
    void problemsAppearBesideTheirFieldWhileTyping() throws Exception {
        open(CardDraft.blank(QuestionType.MCQ, null), EditorMode.NEW);
        assertThat(text("#editor-problem-prompt")).isEqualTo("Must not be empty.");

        robot.clickOn("#editor-prompt").write("Which service runs JIMEX?");
        List<String> options = List.of("Army", "Navy", "Army", "Coast Guard");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#editor-option-" + i).write(options.get(i));
        }

        assertThat(visible("#editor-problem-prompt")).isFalse();
        assertThat(visible("#editor-problem-option-2")).isTrue();
        assertThat(text("#editor-problem-option-2")).isEqualTo("Same text as option (a).");
        assertThat(justBelow("#editor-problem-option-2", "#editor-option-2")).isTrue();
        assertThat(markedRed("#editor-option-2")).isTrue();
        assertThat(markedRed("#editor-option-1")).isFalse();
        assertThat(text("#editor-problem-key")).isEqualTo("Choose the right option with its round button.");
        assertThat(robot.lookup("#editor-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text("#editor-preview-empty")).startsWith("The preview appears when the card is complete: 2 problems");
    }

    @Test
    void aPassageWithNothingBlankedSaysSoUnderItsTextUntilAWordIsBlanked() throws Exception {
        open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);

        assertThat(visible("#editor-problem-text")).isTrue();
        assertThat(text("#editor-problem-text")).contains("{{c1::answer}}");
        assertThat(justBelow("#editor-problem-text", "#editor-cloze-text")).isTrue();
        assertThat(markedRed("#editor-cloze-text")).isTrue();

        select(robot.lookup("#editor-cloze-text").queryAs(TextArea.class), "JIMEX");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible("#editor-problem-text")).isFalse();
        assertThat(markedRed("#editor-cloze-text")).isFalse();
    }

    @Test
    void ctrlShiftCBlanksTheSelectionWithTheNextNumberAndThePreviewShowsEachCard() throws Exception {
        open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);
        TextArea text = robot.lookup("#editor-cloze-text").queryAs(TextArea.class);
        assertThat(text.isFocused()).isTrue();

        select(text, "JIMEX");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        select(text, "naval");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text.getText()).isEqualTo(
                "India and Japan hold the bilateral exercises {{c1::JIMEX}} ({{c2::naval}}), SHINYUU Maitri (Air Force)");
        assertThat(visible("#editor-preview-card-1")).isTrue();
        robot.clickOn("#editor-preview-card-1");
        TextFlow front = robot.lookup("#editor-preview-front").lookup(".question-stem").queryAs(TextFlow.class);
        assertThat(front.getChildren()).extracting(n -> ((Text) n).getText()).containsExactly(
                "India and Japan hold the bilateral exercises ", "JIMEX", " (", "[…]", "), SHINYUU Maitri (Air Force)");
        ctrl(KeyCode.ENTER);
        assertThat(saved.get(0).cards()).extracting(Question::id).containsExactly("my-card-1-c1", "my-card-1-c2");
    }

    @Test
    void aFailingSaveKeepsTheEditorOpenWithTheReasonAndWhatWasTyped() throws Exception {
        ports.failWith(new IOException("The disk is full."));
        open(Drafts.ownMcq("my-jimex"), EditorMode.EDIT);

        robot.clickOn("#editor-explanation").write(" Typed just now.");
        ctrl(KeyCode.ENTER);

        assertThat(editor.stage().isShowing()).isTrue();
        assertThat(text("#editor-message")).contains("The disk is full.");
        assertThat(robot.lookup("#editor-explanation").queryAs(TextArea.class).getText())
                .isEqualTo("JIMEX is the maritime exercise. Typed just now.");
        assertThat(saved).isEmpty();
    }

    @Test
    void escOnAChangedCardAsksOnceAndKeepEditingKeepsIt() throws Exception {
        open(CardDraft.blank(QuestionType.FLASHCARD, null), EditorMode.NEW);
        robot.write("Which service runs JIMEX?");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#editor-discard-dialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#editor-discard-dialog").tryQuery()).isEmpty();
        assertThat(editor.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#editor-prompt").queryAs(TextArea.class).getText()).isEqualTo("Which service runs JIMEX?");

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Discard");
        assertThat(editor.stage().isShowing()).isFalse();
        assertThat(saved).isEmpty();
    }

    @Test
    void escOnAnUntouchedCardClosesWithoutAsking() throws Exception {
        open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);

        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#editor-discard-dialog").tryQuery()).isEmpty();
        assertThat(editor.stage().isShowing()).isFalse();
    }

    @Test
    void editingShowsTheCardsIdKeepsItsTypeAndSavesUnderTheSameId() throws Exception {
        open(Drafts.ownMcq("my-jimex"), EditorMode.EDIT);

        assertThat(text("#editor-title")).isEqualTo("Edit card");
        assertThat(text("#editor-card-id")).isEqualTo("my-jimex");
        assertThat(robot.lookup("#editor-type").queryAs(ComboBox.class).isDisabled()).isTrue();
        robot.clickOn("#editor-option-3").write(" Ships");
        ctrl(KeyCode.ENTER);

        assertThat(saved.get(0).draft().id()).isEqualTo("my-jimex");
        assertThat(saved.get(0).draft().options().get(3)).isEqualTo("Coast Guard Ships");
    }

    @Test
    void aCopyIsTitledSoAndSavedUnderANewId() throws Exception {
        open(Drafts.ownMcq("bundled-question"), EditorMode.COPY);

        assertThat(text("#editor-title")).isEqualTo("Copy to my cards");
        ctrl(KeyCode.ENTER);

        assertThat(saved.get(0).draft().id()).isEqualTo("my-card-1");
    }

    @Test
    void tabAndShiftTabLeaveATextAreaWithoutTypingATab() throws Exception {
        open(CardDraft.blank(QuestionType.FLASHCARD, null), EditorMode.NEW);
        TextInputControl prompt = robot.lookup("#editor-prompt").queryAs(TextArea.class);
        assertThat(prompt.isFocused()).isTrue();

        robot.type(KeyCode.TAB);

        assertThat(prompt.getText()).isEmpty();
        assertThat(editor.scene().getFocusOwner().getId()).isEqualTo("editor-answer");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompt.isFocused()).isTrue();
    }

    @Test
    void aRefusedSaveTakesTheCaretToTheFirstProblem() throws Exception {
        open(CardDraft.blank(QuestionType.FLASHCARD, null), EditorMode.NEW);
        robot.write("Which service runs JIMEX?");

        ctrl(KeyCode.ENTER);

        assertThat(editor.stage().isShowing()).isTrue();
        assertThat(text("#editor-message")).isEqualTo("Not saved yet: fix the 1 problem marked in red.");
        assertThat(editor.scene().getFocusOwner().getId()).isEqualTo("editor-answer");
    }

    @Test
    void atTheLargestFontTheFieldsScrollAndSaveStaysInView() throws Exception {
        editor = EditorStage.open(ports, CardDraft.blank(QuestionType.PAIRS, null), EditorMode.NEW, saved,
                Theme.LIGHT, 175);
        ScrollPane fields = robot.lookup("#editor-fields-scroll").queryAs(ScrollPane.class);
        assertThat(fields.getContent().getBoundsInLocal().getHeight())
                .isGreaterThan(fields.getViewportBounds().getHeight());
        assertThat(editor.stage().getHeight()).isLessThanOrEqualTo(EditorStage.OWNER_HEIGHT);
        assertThat(inScene(robot.lookup("#editor-save").query())).isTrue();

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#editor-difficulty-3").query().requestFocus()).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fields.getVvalue()).isGreaterThan(0);
        assertThat(inViewport(fields, robot.lookup("#editor-difficulty-3").query())).isTrue();
    }

    @Test
    void theEditorTakesTheMainWindowsThemeAndFontSize() throws Exception {
        editor = EditorStage.open(ports, CardDraft.blank(QuestionType.CLOZE, null), EditorMode.NEW, saved,
                Theme.DARK, 150);
        Scene main = editor.stage().getOwner().getScene();

        assertThat(editor.scene().getStylesheets()).containsExactlyElementsOf(main.getStylesheets());
        assertThat(editor.scene().getRoot().getStyle()).isEqualTo(main.getRoot().getStyle()).contains("21.00px");
        assertThat(editor.scene().getRoot().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("dark"));
    }

    @Test
    void removingTheSourceLeavesACardTypedFromMemory() throws Exception {
        open(Drafts.ownMcq("my-jimex"), EditorMode.EDIT);
        assertThat(text("#editor-source-title")).isEqualTo("— India–Japan defence ties");

        robot.clickOn("#editor-source-remove");
        ctrl(KeyCode.ENTER);

        assertThat(saved.get(0).draft().source()).isNull();
    }

    private boolean inScene(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= editor.scene().getWidth()
                && b.getMaxY() <= editor.scene().getHeight();
    }

    private static boolean inViewport(ScrollPane pane, Node node) {
        Bounds shown = pane.localToScene(pane.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= shown.getMinY() && b.getMaxY() <= shown.getMaxY();
    }

    private void select(TextArea area, String words) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getText().indexOf(words);
            area.selectRange(at, at + words.length());
        }).get();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Whether the problem label sits right under its field: below it, less than a line away, and overlapping it. */
    private boolean justBelow(String problem, String field) {
        Node label = robot.lookup(problem).query();
        Node input = robot.lookup(field).query();
        Bounds l = label.localToScene(label.getLayoutBounds());
        Bounds f = input.localToScene(input.getLayoutBounds());
        double gap = l.getMinY() - f.getMaxY();
        return gap >= 0 && gap < 12 && l.getMinX() < f.getMaxX() && l.getMaxX() > f.getMinX();
    }

    private boolean markedRed(String field) {
        return robot.lookup(field).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger"));
    }

    private boolean visible(String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getScene() != null;
    }
}
