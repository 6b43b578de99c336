package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.MockScores;

/** Past tests: score % over time, accuracy per topic, and every test (newest first, each opens its result). */
final class HistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final HistoryModel history;
    private final Consumer<MockHistory.Entry> open;
    private final VBox root = new VBox(12);
    private final ZoneId zone;

    /** @param open shows the result of a past test */
    HistoryView(HistoryModel history, Consumer<MockHistory.Entry> open) {
        this.history = history;
        this.open = open;
        this.zone = history.zone();
        root.setId("mock-history");
        render(history.historyProperty().get());
        history.historyProperty().addListener((obs, old, now) -> render(now));
        history.errorProperty().addListener((obs, old, now) -> render(history.historyProperty().get()));
    }

    Node view() {
        return root;
    }

    private void render(MockHistory past) {
        Label heading = new Label("Past tests");
        heading.getStyleClass().add(Styles.TITLE_4);
        root.getChildren().setAll(heading);
        if (!history.errorProperty().get().isEmpty()) {
            Label error = new Label(history.errorProperty().get());
            error.setId("mock-history-error");
            error.setWrapText(true);
            error.getStyleClass().add(Styles.DANGER);
            root.getChildren().add(error);
        }
        List<MockHistory.Entry> tests = past.tests();
        if (tests.isEmpty()) {
            Label empty = new Label("No tests taken yet. After your first test, its score and your accuracy per"
                    + " topic appear here, test after test.");
            empty.setId("mock-history-empty");
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            root.getChildren().add(empty);
            return;
        }
        VBox list = new VBox(4);
        list.setId("mock-history-list");
        for (int i = tests.size() - 1; i >= 0; i--) {
            list.getChildren().add(row(i + 1, tests.get(i)));
        }
        double lowest = past.scoreTrend().stream().mapToDouble(MockHistory.Point::percent).min().orElse(0);
        LineChart<Number, Number> score = chart("Score % by test", "mock-score-chart", tests.size(), lowest);
        score.getData().add(series("Score %", past.scoreTrend(), tests));
        score.setLegendVisible(false);
        LineChart<Number, Number> topics = chart("Accuracy % by topic", "mock-topic-chart", tests.size(), 0);
        for (Topic t : Topic.values()) {
            List<MockHistory.Point> points = past.topicTrend(t);
            if (!points.isEmpty()) {
                topics.getData().add(series(t.label(), points, tests));
            }
        }
        topics.setLegendVisible(true);
        topics.setLegendSide(Side.RIGHT);
        topics.getStyleClass().add("mock-chart-wide");
        FlowPane charts = new FlowPane(16, 16, score, topics);
        charts.setId("mock-history-charts");
        // Charts first: the trend is the point; the list below may grow long.
        root.getChildren().addAll(charts, list);
    }

    private Node row(int number, MockHistory.Entry e) {
        MockResult r = e.result();
        Label when = new Label("#" + number + " · " + WHEN.format(e.submittedAt().atZone(zone)));
        when.setMinWidth(Label.USE_PREF_SIZE);
        Label what = new Label(r.spec().preset().label() + " · " + r.questions().size() + " questions");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        Label score = new Label(MockScores.score(r));
        score.getStyleClass().add(Styles.TEXT_BOLD);
        Label counts = new Label(r.correct() + " right · " + r.wrong() + " wrong · " + r.blank() + " blank");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        HBox content = new HBox(14, when, what, score, counts);
        content.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button();
        button.setGraphic(content);
        button.setId("mock-history-" + number);
        button.getStyleClass().addAll(Styles.FLAT, "mock-history-row");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(ev -> open.accept(e));
        return button;
    }

    /** Percent from 0 (or the lowest negative score, rounded down to a tick) to 100. */
    private static LineChart<Number, Number> chart(String title, String id, int tests, double lowest) {
        NumberAxis x = new NumberAxis("Test", 1, Math.max(2, tests), 1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? "#" + n.intValue() : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s.replace("#", ""));
            }
        });
        NumberAxis y = new NumberAxis("%", Math.min(0, Math.floor(lowest / 20) * 20), 100, 20);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add("mock-chart");
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** Points placed by test number, so tests on the same day stay apart. */
    private static XYChart.Series<Number, Number> series(String name, List<MockHistory.Point> points,
            List<MockHistory.Entry> tests) {
        Map<Instant, Integer> number = new HashMap<>();
        for (int i = tests.size() - 1; i >= 0; i--) {
            number.put(tests.get(i).submittedAt(), i + 1);
        }
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (MockHistory.Point p : points) {
            s.getData().add(new XYChart.Data<>(number.get(p.at()), p.percent()));
        }
        return s;
    }
}
