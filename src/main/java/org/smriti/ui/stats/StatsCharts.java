package org.smriti.ui.stats;

import static org.smriti.ui.stats.StatsSection.SHORT_DAY;
import static org.smriti.ui.stats.StatsSection.UI;
import static org.smriti.ui.stats.StatsSection.point;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.stats.DueForecast;
import org.smriti.core.stats.TimePerDay;

/** The charts over days and tests: the due forecast, time spent per day and the mock score trend. */
final class StatsCharts {

    /** One part of a stacked bar: its name in the legend, its value on a day, and the unit in the tooltip. */
    private record Layer<D>(String name, Function<D, Number> value, String unit) {
    }

    private StatsCharts() {
    }

    static VBox forecast(DueForecast forecast) {
        return StatsSection.card("stats-forecast", "Due forecast",
                "Cards falling due on each of the next 30 days; overdue cards count on today.",
                forecast.isEmpty(), "Nothing due in the next 30 days — cards you study are scheduled here.",
                () -> daily(forecast.days(), DueForecast.Day::date, false, "Days from today", "Cards", List.of(
                        new Layer<>("Learning", DueForecast.Day::learning, "learning"),
                        new Layer<>("Review", DueForecast.Day::review, "review"))));
    }

    static VBox time(TimePerDay time) {
        return StatsSection.card("stats-time", "Time spent per day",
                "Minutes answering reviews and taking mock tests over the last 30 days.",
                time.isEmpty(), "No study time in the last 30 days.",
                () -> daily(time.days(), TimePerDay.Day::date, true, "Days ago", "Minutes", List.of(
                        new Layer<>("Reviews", day -> minutes(day.reviews()), "min of reviews"),
                        new Layer<>("Mock tests", day -> minutes(day.mocks()), "min of mock tests"))));
    }

    static VBox mockTrend(StatsReport report) {
        List<MockHistory.Point> trend = report.mockTrend();
        String empty = report.mockProblem().orElse(
                "No mock tests yet — take one under Mock test and your scores show here.");
        return StatsSection.card("stats-mock-trend", "Mock test scores",
                "Score of each submitted mock as a share of its maximum, after −⅔ for each wrong answer.",
                trend.isEmpty(), empty,
                () -> {
                    XYChart.Series<String, Number> series = new XYChart.Series<>();
                    series.setName("Score %");
                    for (int i = 0; i < trend.size(); i++) {
                        MockHistory.Point p = trend.get(i);
                        LocalDate date = report.clock().dayOf(p.at());
                        String tip = String.format(UI, "Test %d, %s: %.1f %%", i + 1, SHORT_DAY.format(date),
                                p.percent());
                        series.getData().add(point("#" + (i + 1), Math.round(p.percent() * 10) / 10.0, tip));
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

    /** A stacked bar a day, labelled by days from today ({@code past}: days ago) and with a tooltip per part. */
    private static <D> StackedBarChart<String, Number> daily(List<D> days, Function<D, LocalDate> date, boolean past,
                                                            String xLabel, String yLabel, List<Layer<D>> layers) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Layer<D> layer : layers) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(layer.name());
            for (int i = 0; i < days.size(); i++) {
                D day = days.get(i);
                Number value = layer.value().apply(day);
                s.getData().add(point(offsetLabel(i, days.size() - 1, past), value,
                        SHORT_DAY.format(date.apply(day)) + ": " + value + " " + layer.unit()));
            }
            series.add(s);
        }
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

    private static String offsetLabel(int i, int last, boolean past) {
        if (past ? i == last : i == 0) {
            return "Today";
        }
        return past ? "−" + (last - i) : "+" + i;
    }

    private static double minutes(Duration d) {
        return Math.round(d.toMillis() / 6_000.0) / 10.0;
    }
}
