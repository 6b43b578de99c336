package org.smriti.ui.settings;

import static org.smriti.ui.settings.SettingsLayout.text;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What "Optimise from my reviews" found: the summary, log loss and RMSE(bins) for the weights in use and the fitted
 * ones, the fitted weights, and Apply (only when they predict the aspirant's reviews better) or Keep. With too few
 * reviews it only says so.
 */
final class OptimizationView {

    static final ButtonType APPLY = new ButtonType("Apply fitted weights", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep the weights in use", ButtonBar.ButtonData.CANCEL_CLOSE);

    private OptimizationView() {
    }

    static Dialog<ButtonType> dialog(OptimizationReport report, Window owner) {
        Dialog<ButtonType> dialog = SettingsLayout.dialog(owner, "Optimise from my reviews", "optimize-dialog",
                content(report));
        DialogPane pane = dialog.getDialogPane();
        if (report.enoughData()) {
            pane.getButtonTypes().addAll(APPLY, KEEP);
            pane.lookupButton(APPLY).setId("optimize-apply");
            pane.lookupButton(APPLY).setDisable(!report.canApply());
            pane.lookupButton(KEEP).setId("optimize-keep");
        } else {
            pane.getButtonTypes().add(ButtonType.CLOSE);
            pane.lookupButton(ButtonType.CLOSE).setId("optimize-close");
        }
        return dialog;
    }

    static VBox content(OptimizationReport report) {
        VBox box = new VBox(text("optimize-summary", report.summary()));
        box.setId("optimize-result");
        box.getStyleClass().add("memory-dialog");
        if (!report.enoughData()) {
            return box;
        }
        List<OptimizationReport.Row> rows = report.rows();
        box.getChildren().add(figures(rows));
        if (report.heldOut()) {
            Label heldOut = text(null, "Held out: each later sixth of your reviews predicted by weights fitted "
                    + "only on the reviews before it, the fairest test of a fit.");
            heldOut.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(heldOut);
        }

        Label weightsHeading = text(null, "Fitted weights, w0 to w20");
        weightsHeading.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea weights = new TextArea(report.weights());
        weights.setId("optimize-weights");
        weights.setEditable(false);
        weights.setWrapText(true);
        weights.setPrefRowCount(3);
        weights.getStyleClass().add("memory-weights");

        Label note = text("optimize-apply-note", report.applyNote());
        note.getStyleClass().add(report.canApply() ? Styles.TEXT_MUTED : Styles.WARNING);
        box.getChildren().addAll(weightsHeading, weights, note);
        return box;
    }

    private static GridPane figures(List<OptimizationReport.Row> rows) {
        GridPane grid = new GridPane();
        grid.setId("optimize-figures");
        grid.getStyleClass().add("memory-figures");
        Label lower = new Label("Lower is better");
        lower.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.addRow(0, lower, bold("Weights in use"), bold("Fitted weights"));
        for (int i = 0; i < rows.size(); i++) {
            OptimizationReport.Row row = rows.get(i);
            grid.addRow(i + 1, new Label(row.measure()), new Label(row.current()), new Label(row.fitted()));
        }
        return grid;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
