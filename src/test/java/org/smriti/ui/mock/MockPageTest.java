package org.smriti.ui.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smriti.core.mock.PaletteState;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Mock test page driven like an aspirant would, headless: mouse, keys, the countdown and a restart. */
class MockPageTest {

    private final InMemoryMockPorts ports = new InMemoryMockPorts();
    private final MutableClock clock = MockUiFixtures.clock();
    private final FxRobot robot = new FxRobot();
    private MockViewModel model;

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    private void open() throws Exception {
        model = new MockViewModel(MockUiFixtures::bank, ports, clock);
        MockPageStage.show(model, Theme.LIGHT, 100);
    }

    @Test
    void aQuickTestTakenFromTheKeyboardEndsInResultsWhenTheClockRunsOut() throws Exception {
        open();
        robot.clickOn("#mock-preset-quick");
        robot.clickOn("#mock-start");
        assertThat(visible("#mock-taking")).isTrue();
        assertThat(text("#mock-position")).isEqualTo("Question 1 of 10");
        assertThat(text("#mock-countdown")).isEqualTo("12:00");

        robot.type(KeyCode.DIGIT2);
        assertThat(robot.lookup("#mock-option-b").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.N);                       // Q1 answered
        robot.type(KeyCode.A);
        robot.type(KeyCode.M);                       // Q2 answered and marked
        robot.type(KeyCode.D);
        robot.type(KeyCode.C);                       // Q3 cleared
        assertThat(robot.lookup("#mock-option-d").queryAs(ToggleButton.class).isSelected()).isFalse();
        robot.type(KeyCode.M);                       // Q3 marked, Q4 on screen
        robot.type(KeyCode.P);                       // back to Q3
        assertThat(text("#mock-position")).isEqualTo("Question 3 of 10");
        assertThat(paletteClass(1)).contains(PaletteView.styleClass(PaletteState.ANSWERED));
        assertThat(paletteClass(2)).contains(PaletteView.styleClass(PaletteState.ANSWERED_AND_MARKED));
        assertThat(paletteClass(3)).contains(PaletteView.styleClass(PaletteState.MARKED_FOR_REVIEW));
        assertThat(paletteClass(4)).contains(PaletteView.styleClass(PaletteState.NOT_ANSWERED));
        assertThat(paletteClass(5)).contains(PaletteView.styleClass(PaletteState.NOT_VISITED));
        assertThat(text("#mock-legend-answered-and-marked")).isEqualTo("1");

        clock.advance(Duration.ofMinutes(12));
        fx(model.taking()::tick);
        assertThat(visible("#mock-results")).isTrue();
        assertThat(visible("#mock-taking")).isFalse();
        assertThat(text("#mock-result-title")).isEqualTo("Result · Quick test");
        assertThat(text("#mock-time-used")).isEqualTo("12:00");
        assertThat(Integer.parseInt(text("#mock-correct")) + Integer.parseInt(text("#mock-wrong"))
                + Integer.parseInt(text("#mock-blank"))).isEqualTo(10);
        assertThat(text("#mock-blank")).isEqualTo("8");
    }

    @Test
    void theCountdownShowsTheTimeLeftByTheInjectedClockWithoutAKeyPressed() throws Exception {
        open();
        robot.clickOn("#mock-start");
        clock.advance(Duration.ofMinutes(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "07:00".equals(text("#mock-countdown")));
        assertThat(text("#mock-countdown")).isEqualTo("07:00");
    }

    @Test
    void ctrlWithADigitIsLeftToTheAppsNavigation() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.taking().sessionProperty().get().current().answered()).isFalse();
    }

    @Test
    void enterStartsTheChosenPreset() throws Exception {
        open();
        robot.type(KeyCode.ENTER);
        assertThat(visible("#mock-taking")).isTrue();
        assertThat(model.taking().sessionProperty().get().size()).isEqualTo(10);
    }

    @Test
    void clickingAnOptionAndThePaletteWorkLikeTheKeys() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.clickOn("#mock-option-c");
        robot.clickOn("#mock-option-c");             // a second click keeps the answer, as in the CBT
        assertThat(model.taking().sessionProperty().get().current().selected()).isEqualTo(2);
        robot.clickOn("#mock-palette-7");
        assertThat(text("#mock-position")).isEqualTo("Question 7 of 10");
        robot.clickOn("#mock-previous");
        assertThat(text("#mock-position")).isEqualTo("Question 6 of 10");
    }

    @Test
    void submitAsksForConfirmationWithTheCountsPerPaletteState() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.type(KeyCode.DIGIT1);
        robot.clickOn("#mock-save-next");
        robot.clickOn("#mock-mark");
        robot.clickOn("#mock-submit");
        assertThat(text("#mock-confirm-answered")).isEqualTo("1");
        assertThat(text("#mock-confirm-marked-for-review")).isEqualTo("1");
        assertThat(text("#mock-confirm-not-answered")).isEqualTo("1");
        assertThat(text("#mock-confirm-not-visited")).isEqualTo("7");
        robot.clickOn("Keep going");
        assertThat(visible("#mock-taking")).isTrue();
        robot.clickOn("#mock-submit");
        robot.clickOn("Submit test");
        assertThat(visible("#mock-results")).isTrue();
        assertThat(text("#mock-blank")).isEqualTo("9");
    }

    @Test
    void theTenMinuteWarningShowsWithoutStoppingTheTest() throws Exception {
        open();
        robot.clickOn("#mock-start");
        clock.advance(Duration.ofMinutes(2));
        fx(model.taking()::tick);
        assertThat(visible("#mock-warning")).isTrue();
        assertThat(text("#mock-warning")).isEqualTo("10 minutes left.");
        robot.type(KeyCode.DIGIT4);
        assertThat(model.taking().sessionProperty().get().current().selected()).isEqualTo(3);
        robot.clickOn("#mock-warning-close");
        assertThat(visible("#mock-warning")).isFalse();
    }

    @Test
    void theAnswerReviewFiltersShowOnlyTheChosenQuestions() throws Exception {
        open();
        robot.clickOn("#mock-start");
        int wrong = (model.taking().currentQuestion().correctOption() + 1) % 4;
        robot.type(KeyCode.valueOf("DIGIT" + (wrong + 1)));
        robot.clickOn("#mock-submit");
        robot.clickOn("Submit test");
        robot.clickOn("#mock-filter-wrong");
        assertThat(robot.lookup("#mock-answer-review-list").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(Node::getId).containsExactly("mock-answer-review-1");
        robot.clickOn("#mock-retry-wrong");
        assertThat(visible("#mock-taking")).isTrue();
        assertThat(text("#mock-position")).isEqualTo("Question 1 of 1");
    }

    @Test
    void aNewResultShowsEveryAnswerWhateverWasFilteredBefore() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.clickOn("#mock-submit");
        robot.clickOn("Submit test");
        robot.clickOn("#mock-filter-marked");
        robot.clickOn("#mock-retake");
        robot.clickOn("#mock-submit");
        robot.clickOn("Submit test");
        assertThat(robot.lookup("#mock-filter-all").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#mock-filter-marked").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#mock-answer-review-list").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(10);
    }

    @Test
    void aTestStartedInOneInstanceResumesInAFreshOneWithTheSameAnswersAndTime() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.type(KeyCode.DIGIT3);
        clock.advance(Duration.ofSeconds(30));
        robot.type(KeyCode.M);
        robot.type(KeyCode.DIGIT1);
        String firstQuestion = model.taking().sessionProperty().get().questionIds().get(0);
        FxHarness.close();

        clock.advance(Duration.ofHours(2));
        open();
        assertThat(visible("#mock-resume-banner")).isTrue();
        assertThat(text("#mock-resume-text")).isEqualTo("Resume mock test (2 answered, 11:30 left)");
        robot.clickOn("#mock-resume");
        assertThat(text("#mock-countdown")).isEqualTo("11:30");
        assertThat(text("#mock-position")).isEqualTo("Question 2 of 10");
        assertThat(robot.lookup("#mock-option-a").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#mock-palette-1");
        assertThat(model.taking().sessionProperty().get().currentQuestionId()).isEqualTo(firstQuestion);
        assertThat(robot.lookup("#mock-option-c").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(paletteClass(1)).contains(PaletteView.styleClass(PaletteState.ANSWERED_AND_MARKED));
    }

    @Test
    void discardingTheUnfinishedTestHidesTheBanner() throws Exception {
        open();
        robot.clickOn("#mock-start");
        FxHarness.close();
        open();
        robot.clickOn("#mock-discard");
        assertThat(visible("#mock-resume-banner")).isFalse();
        assertThat(visible("#mock-history-empty")).isTrue();
    }

    @Test
    void aSubmittedTestAppearsInTheHistoryAndOpensItsResult() throws Exception {
        open();
        robot.clickOn("#mock-start");
        robot.clickOn("#mock-submit");
        robot.clickOn("Submit test");
        robot.clickOn("#mock-new-test");
        assertThat(visible("#mock-setup")).isTrue();
        assertThat(robot.lookup("#mock-score-chart").tryQuery()).isPresent();
        robot.clickOn("#mock-history-1");
        assertThat(visible("#mock-results")).isTrue();
    }

    private boolean visible(String query) {
        Node node = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((Button) node).getText();
    }

    private java.util.List<String> paletteClass(int number) {
        return robot.lookup("#mock-palette-" + number).query().getStyleClass();
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
