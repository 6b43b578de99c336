package org.smriti.ui.stats;

import static org.smriti.ui.stats.StatsSection.twoColumns;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.smriti.ui.shell.Page;

/**
 * The Stats screen: review heatmap and streaks, due forecast, true retention, topic mastery, mock trend, time
 * per day, the calibration of the weights in use and, with an exam date, the exam-day plan. Every chart has a
 * one-line caption and an empty state. Rebuilt from a fresh {@link StatsReport} each time it is shown; the
 * calibration, computed in the background, fills its own place when it arrives.
 */
public final class StatsPage implements Page {

    private final StatsViewModel model;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final VBox calibration = new VBox();

    public StatsPage(StatsViewModel model) {
        this.model = model;
        content.getStyleClass().addAll("page", "stats-page");
        content.setFillWidth(true);
        root.setFitToWidth(true);
        root.setId("page-stats");
        root.getStyleClass().add("edge-to-edge");
        root.getStylesheets().add(StatsPage.class.getResource("stats.css").toExternalForm());
        model.reportProperty().addListener((obs, old, now) -> render(now));
        model.calibrationProperty().addListener((obs, old, now) ->
                calibration.getChildren().setAll(CalibrationSection.of(now)));
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

    private void render(StatsReport report) {
        if (report == null) {
            return;
        }
        Label title = new Label("Statistics");
        title.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().setAll(title,
                ExamPanel.of(report, model.examModeProperty()),
                HeatmapSection.of(report.calendar()),
                twoColumns(StatsCharts.forecast(report.forecast()), StatsCharts.time(report.time())),
                twoColumns(StatsTables.retention(report.retention()), StatsCharts.mockTrend(report)),
                calibration,
                StatsTables.mastery(report.mastery()));
    }
}
