package org.smriti.ui.sources;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import org.smriti.ui.common.Dialogs;

/** Asks once before something that cannot be taken back from this screen. */
final class Confirm {

    private Confirm() {
    }

    /**
     * Shows a question owned by {@code owner}'s window and waits.
     *
     * @param id     the dialog's id, for tests
     * @param action the label of the button that goes ahead ("Delete note")
     * @return whether the aspirant chose {@code action}
     */
    static boolean ask(Node owner, String id, String header, String text, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.over(owner.getScene().getWindow(),
                new Alert(Alert.AlertType.CONFIRMATION, text, go, cancel));
        alert.setTitle("Smriti");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
