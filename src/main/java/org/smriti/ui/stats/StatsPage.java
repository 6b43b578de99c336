package org.smriti.ui.stats;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.stats.DueForecast;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.ExamPlan;
import org.smriti.core.stats.Rate;
import org.smriti.core.stats.Retention;
import org.smriti.core.stats.ReviewCalendar;
import org.smriti.core.stats.TimePerDay;
import org.smriti.core.stats.TopicMastery;
import org.smriti.ui.shell.Page;

/**
 * The Stats screen: review heatmap and streaks, due forecast, true retention, topic mastery, mock trend, time
 * per day and, with an exam date, the exam-day plan. Every chart has a one-line caption and an empty state.
 * Rebuilt from a fresh {@link StatsViewModel.Snapshot} each time it is shown.
 */
public final class StatsPage implements Page {

    static final String NO_REVIEWS = "No reviews yet — answer a few cards and come back.";

    private static final Locale UI = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", UI);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", UI);
    private static final String[] WEEKDAYS = {"Mon", "", "Wed", "", "Fri", "", "Sun"};

    private final StatsViewModel model;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);

    public StatsPage(StatsViewModel model) {
        this.model = model;
        content.getStyleClass().addAll("page", "stats-page");
        content.setFillWidth(true);
        root.setFitToWidth(true);
        root.setId("page-stats");
        root.getStyleClass().add("edge-to-edge");
        root.getStylesheets().add(StatsPage.class.getResource("stats.css").toExternalForm());
        model.snapshotProperty().addListener((obs, old, now) -> render(now));
    }

    StatsViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    // ---- layout ----

    private void render(StatsViewModel.Snapshot s) {
        if (s == null) {
            return;
        }
        Label title = new Label("Statistics");
        title.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().setAll(title, examPanel(s), heatmapSection(s.calendar()),
                twoColumns(forecastSection(s.forecast()), timeSection(s.time())),
                twoColumns(retentionSection(s.retention()), mockSection(s)),
                masterySection(s));
    }

    private static GridPane twoColumns(Node left, Node right) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stats-columns");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        return grid;
    }

    /**
     * A titled card: heading, one-line caption, then the chart or, when there is no data, the empty message; the
     * chart is built only when there is data for it.
     */
    private static VBox section(String id, String heading, String caption, boolean empty, String emptyText,
                                Supplier<Node> body) {
        Label h = new Label(heading);
        h.getStyleClass().add(Styles.TITLE_4);
        Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        c.setWrapText(true);
        VBox box = new VBox(h, c);
        box.getStyleClass().add("stats-section");
        box.setId(id);
        if (empty) {
            Label e = new Label(emptyText);
            e.setId(id + "-empty");
            e.getStyleClass().add("stats-empty");
            e.setWrapText(true);
            box.getChildren().add(e);
        } else {
            Node n = body.get();
            n.setId(id + "-chart");
            box.getChildren().add(n);
        }
        return box;
    }

    // ---- heatmap ----

    private VBox heatmapSection(ReviewCalendar calendar) {
        VBox box = section("stats-heatmap", "Reviews in the last year",
                "Each square is a study day, darker for more reviews; a day runs from the rollover hour you set.",
                calendar.isEmpty(), NO_REVIEWS, () -> heatmap(calendar));
        Label streaks = new Label(String.format(UI,
                "Current streak: %s   ·   Longest streak: %s   ·   %d reviews on %d days in the last year",
                days(calendar.streaks().current()), days(calendar.streaks().longest()), calendar.total(),
                calendar.daysStudied()));
        streaks.setId("stats-streaks");
        streaks.setWrapText(true);
        streaks.getStyleClass().add("stats-figure-line");
        box.getChildren().add(2, streaks);
        return box;
    }

    private static Node heatmap(ReviewCalendar calendar) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heatmap");
        for (int d = 0; d < 7; d++) {
            Label wd = new Label(WEEKDAYS[d]);
            wd.getStyleClass().add("heatmap-label");
            wd.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(wd, 0, d + 1);
        }
        LocalDate day = calendar.from();
        for (int week = 0; week < ReviewCalendar.WEEKS; week++) {
            if (startsMonthLabel(day, week)) {
                Label month = new Label(day.getMonth().getDisplayName(TextStyle.SHORT, UI));
                month.getStyleClass().add("heatmap-label");
                month.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(month, week + 1, 0, 3, 1);
            }
            for (int d = 0; d < 7 && !day.isAfter(calendar.to()); d++, day = day.plusDays(1)) {
                Region cell = new Region();
                int count = calendar.count(day);
                cell.getStyleClass().addAll("heat-cell", "heat-" + calendar.level(day));
                Tooltip.install(cell, new Tooltip(DAY.format(day) + ": " + plural(count, "review")));
                grid.add(cell, week + 1, d + 1);
            }
        }
        return grid;
    }

    /**
     * A month is named above the first week that starts in it, as GitHub does; the first column only when its
     * month lasts long enough there for the label not to run into the next one.
     */
    private static boolean startsMonthLabel(LocalDate weekStart, int week) {
        return week == 0
                ? weekStart.plusWeeks(2).getMonth() == weekStart.getMonth()
                : weekStart.minusWeeks(1).getMonth() != weekStart.getMonth();
    }

    // ---- forecast and time ----

    private static String offsetLabel(int i, int last, boolean past) {
        if (past ? i == last : i == 0) {
            return "Today";
        }
        return past ? "−" + (last - i) : "+" + i;
    }

    private VBox forecastSection(DueForecast forecast) {
        return section("stats-forecast", "Due forecast",
                "Cards falling due on each of the next 30 days; overdue cards count on today.",
                forecast.isEmpty(), "Nothing due in the next 30 days — cards you study are scheduled here.",
                () -> {
                    XYChart.Series<String, Number> learning = new XYChart.Series<>();
                    learning.setName("Learning");
                    XYChart.Series<String, Number> review = new XYChart.Series<>();
                    review.setName("Review");
                    List<DueForecast.Day> days = forecast.days();
                    for (int i = 0; i < days.size(); i++) {
                        String x = offsetLabel(i, days.size() - 1, false);
                        learning.getData().add(point(x, days.get(i).learning(), days.get(i).date(), "learning"));
                        review.getData().add(point(x, days.get(i).review(), days.get(i).date(), "review"));
                    }
                    return stacked("Days from today", "Cards", learning, review);
                });
    }

    private VBox timeSection(TimePerDay time) {
        return section("stats-time", "Time spent per day",
                "Minutes answering reviews and taking mock tests over the last 30 days.",
                time.isEmpty(), "No study time in the last 30 days.",
                () -> {
                    XYChart.Series<String, Number> reviews = new XYChart.Series<>();
                    reviews.setName("Reviews");
                    XYChart.Series<String, Number> mocks = new XYChart.Series<>();
                    mocks.setName("Mock tests");
                    List<TimePerDay.Day> days = time.days();
                    for (int i = 0; i < days.size(); i++) {
                        String x = offsetLabel(i, days.size() - 1, true);
                        TimePerDay.Day day = days.get(i);
                        reviews.getData().add(point(x, minutes(day.reviews()), day.date(), "min of reviews"));
                        mocks.getData().add(point(x, minutes(day.mocks()), day.date(), "min of mock tests"));
                    }
                    return stacked("Days ago", "Minutes", reviews, mocks);
                });
    }

    private static double minutes(Duration d) {
        return Math.round(d.toMillis() / 6_000.0) / 10.0;
    }

    private static XYChart.Data<String, Number> point(String x, Number y, LocalDate date, String unit) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(x, y);
        String tip = SHORT_DAY.format(date) + ": " + y + " " + unit;
        // A bar's node exists once the chart lays it out.
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
            }
        });
        return data;
    }

    @SafeVarargs
    private static StackedBarChart<String, Number> stacked(String xLabel, String yLabel,
                                                           XYChart.Series<String, Number>... series) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(xLabel);
        x.setTickLabelRotation(0);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setMinorTickVisible(false);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setAnimated(false);
        chart.setCategoryGap(1);
        chart.getData().addAll(series);
        chart.getStyleClass().add("stats-chart");
        return chart;
    }

    // ---- retention ----

    private VBox retentionSection(Retention retention) {
        return section("stats-retention", "True retention",
                "Share of reviews not answered Again; mature = 21 days or more since the card's previous review.",
                retention.isEmpty(),
                "No reviews of learnt cards yet — retention shows once cards come back after learning.",
                () -> {
                    GridPane table = new GridPane();
                    table.getStyleClass().add("stats-table");
                    table.add(header(""), 0, 0);
                    List<Retention.Row> rows = retention.rows();
                    for (int c = 0; c < rows.size(); c++) {
                        table.add(header(rows.get(c).period().label()), c + 1, 0);
                    }
                    String[] names = {"Young cards", "Mature cards", "All"};
                    List<Function<Retention.Row, Rate>> getters = List.of(Retention.Row::young,
                            Retention.Row::mature, Retention.Row::all);
                    for (int r = 0; r < names.length; r++) {
                        table.add(new Label(names[r]), 0, r + 1);
                        for (int c = 0; c < rows.size(); c++) {
                            table.add(new Label(rate(getters.get(r).apply(rows.get(c)))), c + 1, r + 1);
                        }
                    }
                    return table;
                });
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static String rate(Rate rate) {
        OptionalDouble share = rate.share();
        return share.isPresent()
                ? String.format(UI, "%.0f %% (%d/%d)", 100 * share.getAsDouble(), rate.passed(), rate.total())
                : "—";
    }

    // ---- mock trend ----

    private VBox mockSection(StatsViewModel.Snapshot s) {
        List<MockHistory.Point> trend = s.mockTrend();
        String empty = s.mockProblem().orElse(
                "No mock tests yet — take one under Mock test and your scores show here.");
        return section("stats-mock-trend", "Mock test scores",
                "Score of each submitted mock as a share of its maximum, after −⅔ for each wrong answer.",
                trend.isEmpty(), empty,
                () -> {
                    XYChart.Series<String, Number> series = new XYChart.Series<>();
                    series.setName("Score %");
                    for (int i = 0; i < trend.size(); i++) {
                        MockHistory.Point p = trend.get(i);
                        LocalDate date = s.clock().dayOf(p.at());
                        XYChart.Data<String, Number> data = new XYChart.Data<>("#" + (i + 1),
                                Math.round(p.percent() * 10) / 10.0);
                        String tip = String.format(UI, "Test %d, %s: %.1f %%", i + 1, SHORT_DAY.format(date),
                                p.percent());
                        data.nodeProperty().addListener((obs, old, node) -> {
                            if (node != null) {
                                Tooltip.install(node, new Tooltip(tip));
                            }
                        });
                        series.getData().add(data);
                    }
                    CategoryAxis x = new CategoryAxis();
                    x.setLabel("Test");
                    NumberAxis y = new NumberAxis();
                    y.setLabel("Score %");
                    LineChart<String, Number> chart = new LineChart<>(x, y);
                    chart.setAnimated(false);
                    chart.setLegendVisible(false);
                    chart.getData().add(series);
                    chart.getStyleClass().add("stats-chart");
                    return chart;
                });
    }

    // ---- topic mastery ----

    private VBox masterySection(StatsViewModel.Snapshot s) {
        TopicMastery mastery = s.mastery();
        return section("stats-mastery", "Topic mastery",
                "Cards per main topic by stage (mature = interval of 21 days or more), recall now, and mock accuracy.",
                mastery.isEmpty(), "No questions are loaded, so there is nothing to master yet.",
                () -> {
                    TableView<TopicMastery.Row> table = new TableView<>(FXCollections.observableList(mastery.rows()));
                    table.getColumns().add(column("Topic", 2.4, r -> r.topic().label()));
                    table.getColumns().add(column("New", 1, r -> Integer.toString(r.fresh())));
                    table.getColumns().add(column("Learning", 1, r -> Integer.toString(r.learning())));
                    table.getColumns().add(column("Young", 1, r -> Integer.toString(r.young())));
                    table.getColumns().add(column("Mature", 1, r -> Integer.toString(r.mature())));
                    table.getColumns().add(column("Recall now", 1.2, r -> percent(r.meanRecall())));
                    table.getColumns().add(column("Mock accuracy", 1.4, r -> rate(r.mock())));
                    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
                    table.getStyleClass().addAll(Styles.STRIPED, "stats-mastery-table");
                    // Tall enough for every row, so the page scrolls rather than the table; the cell size comes
                    // from the style sheet in em, so this follows the font size.
                    table.prefHeightProperty().bind(table.fixedCellSizeProperty()
                            .multiply(mastery.rows().size() + 1.6));
                    table.setMinHeight(Region.USE_PREF_SIZE);
                    return table;
                });
    }

    private static TableColumn<TopicMastery.Row, String> column(String name, double weight,
                                                                Function<TopicMastery.Row, String> value) {
        TableColumn<TopicMastery.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(90 * weight);
        return c;
    }

    private static String percent(OptionalDouble p) {
        return p.isPresent() ? String.format(UI, "%.0f %%", 100 * p.getAsDouble()) : "—";
    }

    // ---- exam ----

    private Node examPanel(StatsViewModel.Snapshot s) {
        if (s.exam().isEmpty()) {
            Label hint = new Label("Set your exam date under Settings → Daily study to see the days left, your "
                    + "predicted recall on the day and a predicted mock score.");
            hint.setWrapText(true);
            hint.setId("stats-exam-hint");
            hint.getStyleClass().addAll("stats-section", Styles.TEXT_MUTED);
            hint.setMaxWidth(Double.MAX_VALUE);
            return hint;
        }
        ExamPlan plan = s.exam().get();
        VBox box = new VBox();
        box.getStyleClass().addAll("stats-section", "stats-exam");
        box.setId("stats-exam");
        Label h = new Label("Exam day: " + DAY.format(plan.examDate()));
        h.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(h);
        if (plan.passed()) {
            Label past = new Label("This date has passed. Set the next exam date under Settings.");
            past.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(past);
            return box;
        }
        Label daysLeft = new Label(plan.daysLeft() == 0 ? "Today" : days((int) plan.daysLeft()) + " left");
        daysLeft.setId("stats-days-left");
        daysLeft.getStyleClass().add("stats-big-figure");
        Label score = new Label(plan.score()
                .map(p -> String.format(UI, "Predicted full mock: %.0f / %.0f marks (%.0f %%)", p.marks(),
                        p.maxMarks(), p.percent()))
                .orElse("No objective questions to predict a mock from."));
        score.setId("stats-predicted-score");
        score.getStyleClass().add("stats-figure-line");
        HBox figures = new HBox(daysLeft, score);
        figures.getStyleClass().add("stats-figures");
        figures.setAlignment(Pos.BASELINE_LEFT);
        Label assumption = new Label("Assumes no further review from today (each one only raises it), a never-studied "
                + "card as 0 % recall, 100 questions drawn evenly from the bank's objective questions, each right "
                + "with its FSRS recall on the morning of the exam, and a question answered only when that recall "
                + "is at least ¼ (break-even under +2 / −⅔) — otherwise left blank.");
        assumption.setWrapText(true);
        assumption.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        box.getChildren().addAll(figures, assumption, twoColumns(topicRecall(plan), weakest(plan)),
                examMode(s));
        return box;
    }

    private static Node topicRecall(ExamPlan plan) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stats-table");
        grid.setId("stats-exam-topics");
        Label h = header("Predicted recall on the day, by topic");
        grid.add(h, 0, 0, 3, 1);
        int row = 1;
        for (ExamPlan.TopicForecast t : plan.topics()) {
            Label name = new Label(t.topic().label());
            ProgressBar bar = new ProgressBar(t.meanRecall());
            bar.getStyleClass().add("stats-recall-bar");
            Label value = new Label(String.format(UI, "%.0f %%", 100 * t.meanRecall())
                    + (t.unseen() > 0 ? "  (" + t.unseen() + " of " + t.cards() + " unseen)" : ""));
            value.getStyleClass().add(Styles.TEXT_SMALL);
            grid.addRow(row++, name, bar, value);
        }
        return grid;
    }

    private static Node weakest(ExamPlan plan) {
        VBox box = new VBox();
        box.getStyleClass().add("stats-weakest");
        box.setId("stats-weakest");
        box.getChildren().add(header("Weakest studied cards on the day"));
        if (plan.weakest().isEmpty()) {
            Label none = new Label("None studied yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (ExamPlan.WeakCard c : plan.weakest()) {
            Label l = new Label(String.format(UI, "%3.0f %%  %s", 100 * c.recall(), c.prompt()));
            l.setTooltip(new Tooltip(c.questionId() + " · " + c.topic().label() + "\n" + c.prompt()));
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(l);
        }
        return box;
    }

    private Node examMode(StatsViewModel.Snapshot s) {
        CheckBox toggle = new CheckBox("Exam mode");
        toggle.setId("stats-exam-mode");
        toggle.setSelected(model.examModeProperty().get());
        toggle.selectedProperty().addListener((obs, old, now) -> model.examModeProperty().set(now));
        ExamMode.Unseen unseen = s.unseen().orElseThrow();
        String needed = unseen.cards() == 0 ? "every card has been seen at least once"
                : unseen.newPerDay().isPresent()
                ? unseen.cards() + " cards never seen need " + unseen.newPerDay().getAsInt() + " new a day to see "
                        + "them all before the exam"
                : unseen.cards() + " cards will not be seen before the exam";
        Label explain = new Label(String.format(UI, "Raises desired retention in a straight line to %.0f %% over the "
                + "last %d days and introduces enough new cards to see every card before the exam. Today: "
                + "retention %.2f, %d new cards a day; %s.", 100 * ExamMode.EXAM_RETENTION, ExamMode.RAMP_DAYS,
                s.examRetention(), s.examNewPerDay(), needed));
        explain.setWrapText(true);
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        VBox box = new VBox(toggle, explain);
        box.getStyleClass().add("stats-exam-mode");
        return box;
    }

    private static String days(int n) {
        return plural(n, "day");
    }
}
