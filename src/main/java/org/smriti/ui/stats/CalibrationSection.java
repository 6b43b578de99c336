package org.smriti.ui.stats;

import static org.smriti.core.text.Words.plural;
import static org.smriti.ui.stats.StatsSection.UI;
import static org.smriti.ui.stats.StatsSection.point;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.fsrs.optimizer.CalibrationBin;

/**
 * How well the weights in use predict the aspirant's recall: predicted against actual recall per bin of reviews, the
 * diagonal where they agree, a dot's size for its reviews (and the figures in its tooltip); beside it, the recall
 * predicted and achieved over all reviews and how to read the chart.
 */
final class CalibrationSection {

    static final String COMPUTING = "Checking your reviews against the predictions…";
    private static final double MARGIN = 0.05;

    private CalibrationSection() {
    }

    static VBox of(Calibration calibration) {
        String weights = calibration.fitted() ? "the weights fitted to your reviews" : "FSRS-6's default weights";
        String empty = calibration.computing() ? COMPUTING
                : calibration.problem().orElse(String.format(UI, "Too few reviews to check yet: the chart needs %d "
                        + "reviews of cards seen on an earlier day, and there %s so far.", Calibration.MIN_REVIEWS,
                        calibration.reviews() == 1 ? "is 1" : "are " + calibration.reviews()));
        return StatsSection.card("stats-calibration", "Predicted and actual recall",
                "How well " + weights + " predict whether you recall a card: each dot gathers reviews whose "
                        + "predicted recall was alike.",
                !calibration.enough() || calibration.computing(), empty, () -> body(calibration));
    }

    private static Node body(Calibration calibration) {
        Label overall = new Label(String.format(UI, "Across %s the weights predicted %.0f %% recall; you recalled "
                        + "%.0f %%.", plural(calibration.reviews(), "review"), 100 * calibration.meanPredicted(),
                100 * calibration.meanActual()));
        overall.setId("stats-calibration-overall");
        overall.getStyleClass().add("stats-figure-line");
        overall.setWrapText(true);
        Label guide = new Label("On the dashed line, predictions and recall agree. A dot below it: you forgot more "
                + "often than predicted, so intervals there run long; above it: you remembered more, and they "
                + "could be longer. Bigger dots hold more reviews; point at one for its figures. If the dots stray "
                + "from the line, Settings → Optimise from my reviews fits the weights to you.");
        guide.setWrapText(true);
        guide.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        VBox text = new VBox(overall, guide);
        text.getStyleClass().add("stats-calibration-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(chart(calibration), text);
        box.getStyleClass().add("stats-calibration-body");
        return box;
    }

    private static LineChart<Number, Number> chart(Calibration calibration) {
        double lowest = 1;
        int most = 0;
        for (CalibrationBin b : calibration.bins()) {
            lowest = Math.min(lowest, Math.min(b.predicted(), b.actual()));
            most = Math.max(most, b.count());
        }
        // From a whole tenth to 100 %, with a tick's margin so that a dot on either end is not cut in half (the
        // axis counts its ticks from its lower end, so the margin is one tick).
        double from = Math.min(0.9, Math.floor(lowest * 10) / 10) - MARGIN;
        double to = 1 + MARGIN;
        NumberAxis x = axis("Predicted recall", from, to);
        NumberAxis y = axis("Actual recall", from, to);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("stats-calibration-plot");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("stats-calibration-chart");

        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.getData().add(new XYChart.Data<>(from, from));
        diagonal.getData().add(new XYChart.Data<>(to, to));
        XYChart.Series<Number, Number> bins = new XYChart.Series<>();
        for (CalibrationBin b : calibration.bins()) {
            XYChart.Data<Number, Number> dot = point(b.predicted(), b.actual(), String.format(UI,
                    "Predicted %.0f %%, recalled %.0f %%: %s", 100 * b.predicted(), 100 * b.actual(),
                    plural(b.count(), "review")));
            double size = 0.18 + 0.42 * Math.sqrt((double) b.count() / most);
            dot.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setStyle(String.format(UI, "-fx-padding: %.2fem;", size));
                }
            });
            bins.getData().add(dot);
        }
        chart.getData().add(diagonal);
        chart.getData().add(bins);
        return chart;
    }

    /** An axis in percent, a tick every 5 %, labelled at whole tenths. */
    private static NumberAxis axis(String label, double from, double to) {
        NumberAxis axis = new NumberAxis(label, from, to, MARGIN);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double tenths = n.doubleValue() * 10;
                return Math.abs(tenths - Math.round(tenths)) < 1e-6
                        ? String.format(UI, "%.0f %%", 100 * n.doubleValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are never parsed");
            }
        });
        return axis;
    }
}
