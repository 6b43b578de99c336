package org.smriti.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.testsupport.AppWindow;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.MutableClock;
import org.smriti.ui.shell.Area;

/** Learning steps as Anki honours them, by keyboard in the real window, on a clock the test moves. */
class ReviewQueueFlowTest {

    private final MutableClock clock = new MutableClock(FxHarness.MORNING, FxHarness.INDIA);

    @RegisterExtension
    final AppWindow app = AppWindow.on(clock);

    private Question current() {
        return ((ReviewPage) app.window().shell().page(Area.REVIEW)).model().questionProperty().get();
    }

    /** Reveals the card (choosing a wrong option of an objective one) and rates it Again. */
    private void failCurrent() {
        Question q = current();
        if (q instanceof ObjectiveQuestion o) {
            app.type(o.correctOption() == 0 ? KeyCode.DIGIT2 : KeyCode.DIGIT1);
        }
        app.type(KeyCode.ENTER);
        app.type(KeyCode.DIGIT1);
    }

    @Test
    void threeAgainAnswersShowThreeDifferentCardsAndTheFirstComesBackAfterItsMinute() throws Exception {
        app.open();
        app.type(KeyCode.ENTER); // Home: Start review
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shown.add(current().id());
            failCurrent();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(shown).doesNotHaveDuplicates();
        assertThat(current().id()).as("a fourth card while the failed ones wait").isNotIn(shown);

        clock.advance(Duration.ofSeconds(61));
        failCurrent();

        assertThat(current().id()).as("the first failed card is due again, and first").isEqualTo(shown.get(0));
    }

    @Test
    void topicPracticeWithNothingTickedSaysSoBeforeAndAfterASession() throws Exception {
        app.open();
        app.ctrl(KeyCode.DIGIT2);
        app.robot().clickOn("#review-practice-topics");
        Label message = app.robot().lookup("#review-start-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Tick at least one topic first.");
        assertThat(message.isVisible()).isTrue();

        app.robot().clickOn("#review-practice-bookmarks"); // nothing bookmarked: an empty session, then its summary
        app.robot().clickOn("#review-back");
        app.robot().clickOn("#review-practice-topics");

        assertThat(app.robot().lookup("#review-start-message").queryAs(Label.class).getText())
                .isEqualTo("Tick at least one topic first.");
    }

    @Test
    void aTickedTopicStartsItsPractice() throws Exception {
        app.open();
        app.ctrl(KeyCode.DIGIT2);
        app.robot().clickOn("#review-topic-defence");
        app.robot().clickOn("#review-practice-topics");

        assertThat(current().primaryTopic().id()).isEqualTo("defence");
    }
}
