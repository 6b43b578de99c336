package org.smriti.ui.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.MainWindow;
import org.smriti.core.mock.MockHistory;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A mock test started in one app instance resumes in a fresh one on the same data folder (the real journal). */
class MockResumeAcrossRestartTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(FxHarness.MORNING, FxHarness.INDIA);

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void unfinishedTestResumesWithTheSameAnswersAndTimeLeft() throws Exception {
        FxHarness.open(dataDir, clock);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);                       // start the Quick test: 10 questions, 12 minutes
        robot.type(KeyCode.DIGIT3);                      // (c) for question 1
        clock.advance(Duration.ofSeconds(30));
        robot.type(KeyCode.N);                           // save & next
        robot.type(KeyCode.DIGIT1);                      // (a) for question 2, saved at once
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.close();                               // the app goes away; the clock stops for the test

        clock.advance(Duration.ofHours(3));
        FxHarness.open(dataDir, clock);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#mock-resume-text").queryAs(Label.class).getText())
                .isEqualTo("Resume mock test (2 answered, 11:30 left)");
        robot.clickOn("#mock-resume");
        assertThat(robot.lookup("#mock-countdown").queryAs(Label.class).getText()).isEqualTo("11:30");
        assertThat(robot.lookup("#mock-option-a").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.P);
        assertThat(robot.lookup("#mock-option-c").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void submittedTestIsInTheHistoryAfterARestart() throws Exception {
        MainWindow window = FxHarness.open(dataDir, clock);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT1);
        clock.advance(Duration.ofMinutes(13));           // time runs out: submitted automatically
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.close();

        MainWindow again = FxHarness.open(dataDir, clock);
        MockHistory history = MockHistory.from(again.context().mockLog().events(),
                again.context().loadedBank().bank().asMap());
        assertThat(history.tests()).hasSize(1);
        assertThat(history.tests().get(0).result().autoSubmitted()).isTrue();
        assertThat(window).isNotSameAs(again);
    }
}
