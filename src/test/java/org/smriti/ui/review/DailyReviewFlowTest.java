package org.smriti.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.study.StudyService;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The morning routine from the keyboard: start, answer three cards of different types, undo, bookmark, restart. */
class DailyReviewFlowTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();


    @Test
    void dailyFlowByKeyboardSurvivesARestart() throws Exception {
        MainWindow window = app.open();
        robot.type(KeyCode.ENTER); // Home: Start review
        assertThat(window.shell().currentProperty().get()).isEqualTo(Area.REVIEW);

        // Answer until three different types have been answered by keyboard (the bank mixes them early on).
        List<String> answered = new ArrayList<>();
        Set<String> types = new HashSet<>();
        while (types.size() < 3 && answered.size() < 20) {
            Question q = current(window);
            answerByKeyboard(q);
            answered.add(q.id());
            types.add(q.type().id());
        }
        assertThat(types).hasSize(3);
        String last = answered.get(answered.size() - 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current(window).id()).as("undo brings the last card back").isEqualTo(last);

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String bookmarked = current(window).id();

        app.close();
        MainWindow again = app.open();
        StudyService study = again.context().study();
        for (String id : answered.subList(0, answered.size() - 1)) {
            assertThat(study.card(id).state()).as(id).isNotEqualTo(CardState.NEW);
        }
        assertThat(study.card(last).state()).as("undone").isEqualTo(CardState.NEW);
        assertThat(study.progress(bookmarked).bookmarked()).isTrue();
        assertThat(study.reviewsToday()).isEqualTo(answered.size() - 1);
    }

    private Question current(MainWindow window) {
        ReviewPage page = (ReviewPage) window.shell().page(Area.REVIEW);
        return page.model().questionProperty().get();
    }

    private void answerByKeyboard(Question q) {
        if (q instanceof ObjectiveQuestion) {
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // choose (a), check
            robot.type(KeyCode.ENTER); // take the suggested rating
        } else {
            robot.type(KeyCode.SPACE).type(KeyCode.SPACE); // show the answer, rate Good
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
