package org.smriti.ui.mock;

import static org.smriti.ui.common.MockScores.marks;
import static org.smriti.ui.common.MockScores.percent;
import static org.smriti.ui.common.MockScores.signedMarks;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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
import org.smriti.ui.common.QuestionText;

/** The result of a submitted test: score tiles, topic table, time per question and the review. */
final class ResultsView {

    private final MockViewModel model;
    private final VBox content = new VBox(22);
    private final ScrollPane root = new ScrollPane(content);
    private final VBox reviewList = new VBox(14);
    private final ComboBox<Topic> topicFilter = new ComboBox<>();

    ResultsView(MockViewModel model) {
        this.model = model;
        content.getStyleClass().addAll("page", "mock-results");
        content.setMaxWidth(1100);
        root.setFitToWidth(true);
        // Everything wraps to the width; a sideways scroll bar would only hide the right edge.
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setId("mock-results");
        root.getStyleClass().add("edge-to-edge");
        reviewList.setId("mock-review-list");
        model.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                render(now);
            }
        });
        model.reviewRows().addListener((ListChangeListener<MockResult.QuestionRow>) c -> renderReview());
    }

    Node view() {
        return root;
    }

    private void render(MockResult r) {
        Label title = new Label("Result · " + r.spec().preset().label() + " test");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("mock-result-title");
        Label how = new Label((r.autoSubmitted() ? "Submitted automatically when time ran out" : "Submitted")
                + " · " + r.questions().size() + " questions · marking " + r.spec().scheme().describe());
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);
        content.getChildren().setAll(new VBox(4, title, how), actions(r), tiles(r),
                section("By topic", topicTable(r)),
                section("Time per question", times(r)),
                section("Question by question", new VBox(12, filters(r), reviewList)));
        root.setVvalue(0);
        renderReview();
    }

    private Node actions(MockResult r) {
        Button retry = new Button("Retry wrong answers (" + r.wrong() + ")");
        retry.setId("mock-retry-wrong");
        retry.setDisable(r.wrong() == 0);
        retry.setOnAction(e -> model.retryWrong());
        Button retake = new Button("Retake this test");
        retake.setId("mock-retake");
        retake.setOnAction(e -> model.retake());
        Button fresh = new Button("New test");
        fresh.setId("mock-new-test");
        fresh.getStyleClass().add(Styles.ACCENT);
        fresh.setOnAction(e -> model.newTest());
        FlowPane row = new FlowPane(10, 10, fresh, retake, retry);
        return row;
    }

    private Node tiles(MockResult r) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("mock-tiles");
        tiles.getChildren().addAll(
                tile("mock-score", "Score", marks(r.score()) + " / " + marks(r.maxScore()),
                        percent(r.scorePercent()), r.score().signum() < 0 ? "tile-bad" : "tile-main"),
                tile("mock-correct", "Correct", Integer.toString(r.correct()), "+" + marks(r.spec().scheme().right())
                        + " each", "tile-good"),
                tile("mock-wrong", "Wrong", Integer.toString(r.wrong()), marks(r.spec().scheme().wrong()) + " each",
                        "tile-bad"),
                tile("mock-blank", "Blank", Integer.toString(r.blank()), "not attempted", "tile-plain"),
                tile("mock-accuracy", "Accuracy", r.accuracy().isPresent() ? percent(100 * r.accuracy().getAsDouble())
                        : "–", "of " + r.attempted() + " attempted", "tile-plain"),
                tile("mock-marks-lost", "Lost to wrong answers", marks(r.marksLost()), "marks", "tile-plain"),
                tile("mock-time-used", "Time used", TimeText.minutesSeconds(r.timeUsed()),
                        "of " + TimeText.minutesSeconds(r.duration()), "tile-plain"));
        return tiles;
    }

    private static Node tile(String id, String name, String value, String detail, String kind) {
        Label n = new Label(name);
        n.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("tile-value");
        Label d = new Label(detail);
        d.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox tile = new VBox(2, n, v, d);
        tile.getStyleClass().addAll("mock-tile", kind);
        return tile;
    }

    private static Node topicTable(MockResult r) {
        GridPane g = new GridPane();
        g.setId("mock-topic-table");
        g.getStyleClass().add("mock-table");
        g.setHgap(24);
        g.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().add(name);
        for (int i = 0; i < 5; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.RIGHT);
            g.getColumnConstraints().add(c);
        }
        String[] headings = {"Topic", "Questions", "Attempted", "Correct", "Accuracy", "Marks"};
        for (int i = 0; i < headings.length; i++) {
            Label h = new Label(headings[i]);
            h.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            g.add(h, i, 0);
        }
        int row = 1;
        for (MockResult.TopicRow t : r.topics()) {
            Label topic = new Label(t.topic().label());
            topic.setId("mock-topic-row-" + t.topic().id());
            topic.setWrapText(true);
            g.addRow(row++, topic, new Label(Integer.toString(t.questions())),
                    new Label(Integer.toString(t.attempted())), new Label(Integer.toString(t.correct())),
                    new Label(t.accuracy().isPresent() ? percent(100 * t.accuracy().getAsDouble()) : "–"),
                    new Label(marks(t.marks())));
        }
        return g;
    }

    private static Node times(MockResult r) {
        FlowPane chips = new FlowPane(8, 8);
        chips.setId("mock-times");
        for (MockResult.QuestionRow row : r.questions()) {
            Label chip = new Label("Q" + (row.index() + 1) + "  " + TimeText.minutesSeconds(row.time())
                    + (row.slowest() ? "  slowest" : ""));
            chip.setId("mock-time-" + (row.index() + 1));
            chip.getStyleClass().addAll("mock-chip", row.slowest() ? "chip-slowest" : "chip-plain");
            chips.getChildren().add(chip);
        }
        Label note = new Label("The slowest " + Math.round(100 * MockResult.SLOWEST_SHARE)
                + " % of questions are flagged: where the time went.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(8, chips, note);
    }

    private Node filters(MockResult r) {
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox();
        MockViewModel.ReviewKind[] values = MockViewModel.ReviewKind.values();
        for (int i = 0; i < values.length; i++) {
            MockViewModel.ReviewKind kind = values[i];
            ToggleButton b = new ToggleButton(kind.label());
            b.setId("mock-filter-" + kind.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(model.reviewKindProperty().get() == kind);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setOnAction(e -> {
                model.reviewKindProperty().set(kind);
                b.setSelected(true);
            });
            kinds.getChildren().add(b);
        }
        topicFilter.setId("mock-filter-topic");
        topicFilter.getItems().setAll((Topic) null);
        r.topics().forEach(t -> topicFilter.getItems().add(t.topic()));
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
        topicFilter.setValue(model.reviewTopicProperty().get());
        topicFilter.setOnAction(e -> model.reviewTopicProperty().set(topicFilter.getValue()));
        HBox row = new HBox(12, kinds, topicFilter);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void renderReview() {
        List<MockResult.QuestionRow> rows = model.reviewRows();
        if (rows.isEmpty()) {
            Label none = new Label("No question matches these filters.");
            none.setId("mock-review-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            reviewList.getChildren().setAll(none);
            return;
        }
        reviewList.getChildren().clear();
        for (MockResult.QuestionRow row : rows) {
            reviewList.getChildren().add(reviewCard(row));
        }
    }

    private Node reviewCard(MockResult.QuestionRow row) {
        ObjectiveQuestion q = model.question(row.questionId());
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
        Label why = new Label(q.explanation());
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        Label quote = new Label(q.source().map(ref -> "“" + ref.quote() + "”  — " + ref.doc()).orElse(""));
        quote.setWrapText(true);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        quote.getStyleClass().add("mock-quote");
        VBox card = new VBox(10, top, QuestionText.of(q), options, labelled("Explanation", why),
                labelled("Source", quote));
        card.setId("mock-review-" + (row.index() + 1));
        card.getStyleClass().add("mock-review-card");
        return card;
    }

    private static Node labelled(String name, Label body) {
        Label n = new Label(name);
        n.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return new VBox(2, n, body);
    }

    private static String outcomeText(Outcome o) {
        switch (o) {
            case CORRECT:
                return "Correct";
            case WRONG:
                return "Wrong";
            default:
                return "Blank";
        }
    }

    private static Node section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(10, heading, body);
    }
}
