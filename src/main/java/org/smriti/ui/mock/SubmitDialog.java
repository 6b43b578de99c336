package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.PaletteState;
import org.smriti.ui.common.Dialogs;

/** Asks before a test is submitted, with the count of questions in each palette state, as the CBT does. */
final class SubmitDialog {

    private final ButtonType submit = new ButtonType("Submit test", ButtonBar.ButtonData.OK_DONE);
    private final Alert alert;

    /**
     * @param remaining the countdown, {@code mm:ss}
     * @param owner     the window's scene: the dialog takes its window and its font size
     */
    SubmitDialog(Map<PaletteState, Integer> counts, String remaining, Scene owner) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (PaletteState state : PaletteState.values()) {
            Label count = new Label(Integer.toString(counts.get(state)));
            count.setId("mock-confirm-" + PaletteView.slug(state));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, PaletteView.swatch(state), new Label(state.label()), count);
        }
        Label note = new Label("Answered questions count, marked or not. You cannot change answers after submitting.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        ButtonType keepGoing = new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert = Dialogs.over(owner.getWindow(), new Alert(Alert.AlertType.CONFIRMATION, "", submit, keepGoing));
        alert.setTitle("Submit the test?");
        alert.setHeaderText("Submit the test with " + remaining + " left?");
        alert.getDialogPane().setContent(new VBox(12, grid, note));
        alert.getDialogPane().setId("mock-submit-dialog");
        alert.getDialogPane().getStylesheets().add(MockPage.CSS);
    }

    /** Shows the dialog and waits: true when the aspirant chose to submit. */
    boolean confirmed() {
        return alert.showAndWait().filter(submit::equals).isPresent();
    }

    /** Takes the question back, e.g. when the countdown submitted the test meanwhile. */
    void close() {
        alert.close();
    }
}
