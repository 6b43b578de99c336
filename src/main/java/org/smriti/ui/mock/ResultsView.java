package org.smriti.ui.mock;

import static org.smriti.ui.common.MockScores.marks;
import static org.smriti.ui.common.MockScores.percent;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.TimeText;
import org.smriti.ui.common.Pages;

/** The result of a submitted test: score tiles, topic table, time per question and the answer review. */
final class ResultsView {

    private final MockViewModel model;
    private final VBox content = new VBox(22);
    private final ScrollPane root;
    private final AnswerReviewView answers;

    ResultsView(MockViewModel model) {
        this.model = model;
        ResultsModel results = model.results();
        this.answers = new AnswerReviewView(results, model::question);
        content.getStyleClass().add("mock-results");
        root = Pages.scrolling(content, "mock-results", 1100);
        // Everything wraps to the width; a sideways scroll bar would only hide the right edge.
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        results.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                render(now);
            }
        });
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
                section("Question by question", answers.view()));
        root.setVvalue(0);
        answers.show(r);
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

    private static Node section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(10, heading, body);
    }
}
