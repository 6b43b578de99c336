package org.smriti.ui.editor;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.Fxml;

/** Explanation, topics (the bank's vocabulary), free tags and difficulty (layout in FXML). */
final class CommonFieldsView extends VBox {

    @FXML private Label explanationLabel;
    @FXML private TextArea explanation;
    @FXML private Label explanationProblem;
    @FXML private Label topicLabel;
    @FXML private ComboBox<Topic> topic;
    @FXML private FlowPane otherTopics;
    @FXML private Label topicsProblem;
    @FXML private Label tagsLabel;
    @FXML private TextField tags;
    @FXML private Label tagsProblem;
    @FXML private ToggleButton easy;
    @FXML private ToggleButton medium;
    @FXML private ToggleButton hard;
    @FXML private Label difficultyProblem;

    CommonFieldsView(CardEditorViewModel model, FieldFocus focus) {
        Fxml.load(this);
        CommonFields fields = model.common();
        FieldProblems problems = model.problems();
        explanationLabel.setLabelFor(explanation);
        explanation.textProperty().bindBidirectional(fields.explanation());
        FieldMarks.tabMovesOn(explanation);
        FieldMarks.show(explanationProblem, problems.about("explanation"), explanation);
        focus.register("explanation", explanation);

        topicLabel.setLabelFor(topic);
        topic.getItems().setAll(Topic.values());
        topic.setConverter(new StringConverter<>() {
            @Override
            public String toString(Topic t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Topic fromString(String s) {
                return null;
            }
        });
        topic.valueProperty().bindBidirectional(fields.mainTopic());
        for (Topic t : Topic.values()) {
            CheckBox box = new CheckBox(t.label());
            box.setId("editor-topic-also-" + t.id());
            box.setSelected(fields.otherTopics().contains(t));
            box.disableProperty().bind(fields.mainTopic().isEqualTo(t));
            box.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    fields.otherTopics().add(t);
                } else {
                    fields.otherTopics().remove(t);
                }
            });
            fields.otherTopics().addListener((SetChangeListener<Topic>) c -> box.setSelected(c.getSet().contains(t)));
            otherTopics.getChildren().add(box);
        }
        FieldMarks.show(topicsProblem, problems.about("topics"), topic);
        focus.register("topics", topic);

        tagsLabel.setLabelFor(tags);
        tags.textProperty().bindBidirectional(fields.tags());
        FieldMarks.show(tagsProblem, problems.about("tags"), tags);
        focus.register("tags", tags);

        bindDifficulty(fields);
        FieldMarks.show(difficultyProblem, problems.about("difficulty"), easy, medium, hard);
        focus.register("difficulty", medium);
    }

    private void bindDifficulty(CommonFields fields) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> levels = List.of(easy, medium, hard);
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).setToggleGroup(group);
            levels.get(i).setUserData(i + 1);
        }
        Toggles.bind(group, fields.difficulty());
    }
}
