package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.review.ReviewPage;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SourcesPageTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();


    @Test
    void clickingAHighlightListsItsQuestions() throws Exception {
        app.open();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        Text highlight = robot.lookup(".quote-highlight").queryAs(Text.class);
        robot.clickOn(highlight);
        @SuppressWarnings("unchecked")
        ListView<Question> questions = robot.lookup("#sources-questions").queryAs(ListView.class);
        assertThat(questions.getItems()).isNotEmpty();
        assertThat(highlight.getStyleClass()).contains("quote-current");
    }

    @Test
    void openInSourceFromReviewShowsThatPassage() throws Exception {
        MainWindow window = app.open();
        robot.type(KeyCode.ENTER);                       // Home: start review
        ReviewPage review = (ReviewPage) window.shell().page(Area.REVIEW);
        if (review.model().questionProperty().get() instanceof ObjectiveQuestion) {
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // choose (a) and check
        } else {
            robot.type(KeyCode.SPACE);                      // show the answer
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#review-open-source");
        assertThat(window.shell().currentProperty().get()).isEqualTo(Area.SOURCES);
        @SuppressWarnings("unchecked")
        ListView<Question> questions = robot.lookup("#sources-questions").queryAs(ListView.class);
        assertThat(questions.getItems()).isNotEmpty();
    }
}
