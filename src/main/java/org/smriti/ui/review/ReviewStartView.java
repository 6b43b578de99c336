package org.smriti.ui.review;

import static org.smriti.core.text.Words.plural;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.QueueCounts;
import org.smriti.ui.common.Fxml;

/** Review's start screen (layout in {@code ReviewStartView.fxml}): today's counts, Start, and the practices. */
final class ReviewStartView extends ScrollPane {

    private final ReviewViewModel model;
    @FXML private Label newCount;
    @FXML private Label learningCount;
    @FXML private Label reviewCount;
    @FXML private Label hint;
    @FXML private Button start;
    @FXML private FlowPane topicBoxes;
    @FXML private Label message;

    ReviewStartView(ReviewViewModel model) {
        this.model = model;
        Fxml.load(this);
        ReviewStartModel start = model.startScreen();
        for (Topic t : Topic.values()) {
            CheckBox box = new CheckBox(t.label());
            box.setId("review-topic-" + t.id());
            box.setSelected(start.chosenTopics().contains(t));
            box.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    start.chosenTopics().add(t);
                } else {
                    start.chosenTopics().remove(t);
                }
            });
            topicBoxes.getChildren().add(box);
        }
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        show(start.todayCountsProperty().get());
        start.todayCountsProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(QueueCounts counts) {
        newCount.setText(Integer.toString(counts.newCount()));
        learningCount.setText(Integer.toString(counts.learningCount()));
        reviewCount.setText(Integer.toString(counts.reviewCount()));
        start.setDisable(counts.isEmpty());
        hint.setText(!counts.isEmpty()
                ? "Press Enter to start. Cards you fail come back within minutes; the rest are spaced out."
                : counts.learningLaterToday() > 0
                ? plural(counts.learningLaterToday(), "learning card") + " come back later today. Practise below meanwhile."
                : "All done for today. Come back tomorrow, or practise below.");
    }

    @FXML
    private void startDaily() {
        model.start(Practice.daily());
    }

    @FXML
    private void practiseTopics() {
        model.startTopicPractice();
    }

    @FXML
    private void practiseBookmarks() {
        model.start(Practice.bookmarks());
    }

    @FXML
    private void practiseLeeches() {
        model.start(Practice.leeches());
    }

    @FXML
    private void practisePyqs() {
        model.start(Practice.pyqs());
    }
}
