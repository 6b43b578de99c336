package org.smriti.ui.settings;

import static org.smriti.ui.settings.SettingsLayout.grid;
import static org.smriti.ui.settings.SettingsLayout.hint;
import static org.smriti.ui.settings.SettingsLayout.label;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Settings' "Your memory model": which weights schedule now, Optimise / Back to default weights / Suggest a
 * retention, the progress of a run (with Cancel) once it lasts, and the dialogs with what a run found.
 */
final class MemorySection {

    static final ButtonType BACK_TO_DEFAULTS = new ButtonType("Back to default weights", ButtonBar.ButtonData.OK_DONE);

    private final MemoryViewModel model;
    private final GridPane root = grid();

    MemorySection(MemoryViewModel model) {
        this.model = model;
        Label inUse = new Label();
        inUse.setId("memory-weights-in-use");
        inUse.getStyleClass().add(Styles.TEXT_BOLD);
        inUse.textProperty().bind(model.weightsInUseProperty());
        root.add(label("Weights in use", inUse), 0, 0);
        root.add(inUse, 1, 0, 2, 1);

        Button optimize = button("memory-optimize", "Optimise from my reviews…", model::optimize);
        optimize.getStyleClass().add(Styles.ACCENT);
        Button defaults = button("memory-defaults", "Back to default weights", this::confirmBackToDefaults);
        defaults.disableProperty().bind(model.runningProperty().or(model.fittedProperty().not()));
        Button suggest = button("memory-suggest", "Suggest a retention…", model::suggestRetention);
        // Wraps rather than cuts the buttons short at a large font size.
        FlowPane actions = new FlowPane(8, 8, optimize, defaults, suggest);
        root.add(actions, 1, 1, 2, 1);
        root.add(hint("Optimising fits FSRS's 21 weights to your own reviews (worth it after a few hundred); "
                + "nothing changes until you apply them. Suggesting a retention simulates a year of your study "
                + "to find the one that costs the least time per card remembered."), 1, 2, 2, 1);

        root.add(progressRow(), 1, 3, 2, 1);
        Label message = new Label();
        message.setId("memory-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        root.add(message, 1, 4, 2, 1);

        model.optimizationProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showOptimization(now);
            }
        });
        model.suggestionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showSuggestion(now);
            }
        });
    }

    Node view() {
        return root;
    }

    private HBox progressRow() {
        Label task = new Label();
        task.textProperty().bind(model.taskProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("memory-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("memory-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox row = new HBox(10, task, bar, cancel);
        row.setId("memory-progress-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.managedProperty().bind(model.progressShownProperty());
        row.visibleProperty().bind(row.managedProperty());
        return row;
    }

    /** A button that is off while a run is under way. */
    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(model.runningProperty());
        return b;
    }

    private void confirmBackToDefaults() {
        Alert confirm = SettingsLayout.over(window(), new Alert(Alert.AlertType.CONFIRMATION, "",
                BACK_TO_DEFAULTS, ButtonType.CANCEL), "Back to default weights");
        confirm.setHeaderText("Schedule with the FSRS-6 default weights again?");
        confirm.setContentText("The weights fitted to your reviews stop scheduling. You can fit them again at any "
                + "time with Optimise from my reviews.");
        confirm.getDialogPane().setId("memory-defaults-dialog");
        confirm.setOnHidden(e -> {
            if (BACK_TO_DEFAULTS.equals(confirm.getResult())) {
                model.backToDefaults();
            }
        });
        confirm.show();
    }

    private void showOptimization(OptimizationReport report) {
        Dialog<ButtonType> dialog = OptimizationView.dialog(report, window());
        dialog.setOnHidden(e -> {
            if (OptimizationView.APPLY.equals(dialog.getResult())) {
                model.applyFitted();
            } else {
                model.keepCurrent();
            }
        });
        dialog.show();
    }

    private void showSuggestion(RetentionSuggestion suggestion) {
        Dialog<ButtonType> dialog = RetentionView.dialog(suggestion, window());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && dialog.getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                model.useSuggested();
            } else {
                model.closeSuggestion();
            }
        });
        dialog.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
