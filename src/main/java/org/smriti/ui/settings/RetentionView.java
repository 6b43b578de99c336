package org.smriti.ui.settings;

import static org.smriti.ui.settings.RetentionSuggestion.retention;
import static org.smriti.ui.settings.RetentionSuggestion.seconds;
import static org.smriti.ui.settings.SettingsLayout.text;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.smriti.core.fsrs.optimizer.OptimalRetention;

/**
 * What "Suggest a retention" found: the study time per card remembered at each desired retention from 0.70 to
 * 0.95, the least-cost one and the aspirant's setting marked, and "Use 0.87" or Close.
 */
final class RetentionView {

    private RetentionView() {
    }

    /** The Use button is the dialog's only {@link ButtonBar.ButtonData#OK_DONE} button. */
    static Dialog<ButtonType> dialog(RetentionSuggestion suggestion, Window owner) {
        Dialog<ButtonType> dialog = SettingsLayout.dialog(owner, "Suggested retention", "retention-dialog",
                content(suggestion));
        DialogPane pane = dialog.getDialogPane();
        ButtonType use = new ButtonType(suggestion.useLabel(), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(use, ButtonType.CLOSE);
        pane.lookupButton(use).setId("retention-use");
        pane.lookupButton(use).setDisable(suggestion.isCurrent());
        pane.lookupButton(ButtonType.CLOSE).setId("retention-close");
        return dialog;
    }

    static VBox content(RetentionSuggestion suggestion) {
        Label basis = text("retention-basis", suggestion.basis());
        basis.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(text("retention-summary", suggestion.summary()), chart(suggestion), basis);
        box.setId("retention-result");
        box.getStyleClass().add("memory-dialog");
        return box;
    }

    /** The curve, then the suggestion, then the setting (when the curve reaches it): the CSS colours them so. */
    private static LineChart<Number, Number> chart(RetentionSuggestion suggestion) {
        NumberAxis x = new NumberAxis("Desired retention", OptimalRetention.MIN_RETENTION,
                OptimalRetention.MAX_RETENTION, 0.05);
        NumberAxis y = new NumberAxis();
        y.setLabel("Seconds");
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number r) {
                return retention(r.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are never parsed");
            }
        });
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("retention-chart");
        chart.getStyleClass().add("retention-chart");
        chart.setAnimated(false);

        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("Study per card remembered");
        for (OptimalRetention.Point p : suggestion.curve()) {
            curve.getData().add(point(p));
        }
        chart.getData().add(curve);
        chart.getData().add(marker("Suggested: " + retention(suggestion.best())
                + (suggestion.isCurrent() ? " (your setting)" : ""), suggestion.pointAt(suggestion.best())));
        if (!suggestion.isCurrent()) {
            Optional<OptimalRetention.Point> current = suggestion.pointAt(Math.round(suggestion.current() * 100)
                    / 100.0);
            if (current.isPresent()) {
                chart.getData().add(marker("Your setting: " + retention(suggestion.current()), current));
            }
        }
        return chart;
    }

    private static XYChart.Series<Number, Number> marker(String name, Optional<OptimalRetention.Point> at) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        at.ifPresent(p -> series.getData().add(point(p)));
        return series;
    }

    /** A point with its figures in a tooltip (its node exists only once the chart lays it out). */
    private static XYChart.Data<Number, Number> point(OptimalRetention.Point p) {
        XYChart.Data<Number, Number> data = new XYChart.Data<>(p.retention(), p.costPerMemorized());
        String tip = String.format(Locale.ENGLISH, "%s: %s per card remembered, %.0f reviews a day, %,.0f cards "
                + "remembered after a year", retention(p.retention()), seconds(p.costPerMemorized()),
                p.reviewsPerDay(), p.memorized());
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
            }
        });
        return data;
    }
}
