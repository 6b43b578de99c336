package org.smriti.ui.mock;

import static org.smriti.ui.common.MockScores.signedMarks;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.Outcome;
import org.smriti.core.mock.TimeText;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.Labels;
import org.smriti.ui.common.QuestionText;

/**
 * The answer review under a result: every question with your answer, the right one, the explanation and the
 * source, filtered by kind (wrong, blank, marked) and topic.
 */
final class AnswerReviewView {

    private final ResultsModel results;
    private final Function<String, ObjectiveQuestion> questions;
    private final ToggleGroup kinds = new ToggleGroup();
    private final ComboBox<Topic> topicFilter = new ComboBox<>();
    private final VBox list = new VBox(14);
    private final VBox root;

    /** @param questions the bank's question for an id */
    AnswerReviewView(ResultsModel results, Function<String, ObjectiveQuestion> questions) {
        this.results = results;
        this.questions = questions;
        list.setId("mock-answer-review-list");
        HBox row = new HBox(12, kindButtons(), topicFilter());
        row.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(12, row, list);
        results.answerRows().addListener((ListChangeListener<MockResult.QuestionRow>) c -> render());
    }

    Node view() {
        return root;
    }

    /** Offers the topics of this result and shows its answers. */
    void show(MockResult r) {
        topicFilter.getItems().setAll((Topic) null);
        r.topics().forEach(t -> topicFilter.getItems().add(t.topic()));
        topicFilter.setValue(results.answerTopicProperty().get());
        render();
    }

    private Node kindButtons() {
        HBox box = new HBox();
        ResultsModel.AnswerKind[] values = ResultsModel.AnswerKind.values();
        for (int i = 0; i < values.length; i++) {
            ResultsModel.AnswerKind kind = values[i];
            ToggleButton b = new ToggleButton(kind.label());
            b.setId("mock-filter-" + kind.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(kinds);
            b.setUserData(kind);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setOnAction(e -> {
                results.answerKindProperty().set(kind);
                // A second click on the chosen kind keeps it chosen: one kind is always shown.
                b.setSelected(true);
            });
            box.getChildren().add(b);
        }
        selectKind(results.answerKindProperty().get());
        results.answerKindProperty().addListener((obs, old, now) -> selectKind(now));
        return box;
    }

    private void selectKind(ResultsModel.AnswerKind kind) {
        for (Toggle t : kinds.getToggles()) {
            t.setSelected(t.getUserData() == kind);
        }
    }

    private Node topicFilter() {
        topicFilter.setId("mock-filter-topic");
        topicFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Topic t) {
                return t == null ? "All topics" : t.label();
            }

            @Override
            public Topic fromString(String s) {
                throw new UnsupportedOperationException("the topic filter is not editable");
            }
        });
        topicFilter.setOnAction(e -> results.answerTopicProperty().set(topicFilter.getValue()));
        results.answerTopicProperty().addListener((obs, old, now) -> topicFilter.setValue(now));
        return topicFilter;
    }

    private void render() {
        List<MockResult.QuestionRow> rows = results.answerRows();
        if (rows.isEmpty()) {
            Label none = new Label("No question matches these filters.");
            none.setId("mock-answer-review-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().clear();
        for (MockResult.QuestionRow row : rows) {
            list.getChildren().add(card(row));
        }
    }

    private Node card(MockResult.QuestionRow row) {
        ObjectiveQuestion q = questions.apply(row.questionId());
        Label head = new Label("Q" + (row.index() + 1) + " · " + row.topic().label()
                + (row.marked() ? " · marked for review" : "") + " · " + TimeText.minutesSeconds(row.time()));
        head.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label outcome = new Label(outcomeText(row.outcome()) + "  " + signedMarks(row.marks()));
        outcome.getStyleClass().addAll("mock-outcome", "outcome-" + row.outcome().name().toLowerCase(Locale.ROOT));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, head, spacer, outcome);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox options = new VBox(4);
        for (int i = 0; i < q.options().size(); i++) {
            String note = i == row.rightAnswer() ? (i == row.yourAnswer() ? "  ✓ your answer, right" : "  ✓ right answer")
                    : i == row.yourAnswer() ? "  ✗ your answer" : "";
            Label option = new Label(QuestionText.optionLetter(i) + "  " + q.options().get(i) + note);
            option.setWrapText(true);
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.getStyleClass().add(i == row.rightAnswer() ? "option-right"
                    : i == row.yourAnswer() ? "option-wrong" : "option-plain");
            options.getChildren().add(option);
        }
        if (row.yourAnswer() < 0) {
            Label blank = new Label("You left it blank.");
            blank.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            options.getChildren().add(blank);
        }
        Label why = Labels.wrapping(q.explanation());
        Label quote = Labels.wrapping(q.source().map(ref -> "“" + ref.quote() + "”  — " + ref.doc()).orElse(""));
        quote.getStyleClass().add("mock-quote");
        VBox card = new VBox(10, top, QuestionText.of(q), options, labelled("Explanation", why),
                labelled("Source", quote));
        card.setId("mock-answer-review-" + (row.index() + 1));
        card.getStyleClass().add("mock-answer-card");
        return card;
    }

    private static Node labelled(String name, Label body) {
        Label n = new Label(name);
        n.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return new VBox(2, n, body);
    }

    private static String outcomeText(Outcome o) {
        return switch (o) {
            case CORRECT -> "Correct";
            case WRONG -> "Wrong";
            case BLANK -> "Blank";
        };
    }
}
