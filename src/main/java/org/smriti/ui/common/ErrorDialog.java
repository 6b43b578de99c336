package org.smriti.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows an unexpected error readably: a plain message first, the technical details folded away. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** The one-line message shown to the aspirant: the deepest cause's own message, never a stack trace. */
    public static String readableMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return message == null || message.isBlank() ? "An unexpected " + kind + " problem occurred." : message;
    }

    public static Alert create(Window owner, String header, Throwable error) {
        Alert alert = Dialogs.over(owner, new Alert(Alert.AlertType.ERROR));
        alert.setTitle("Smriti — something went wrong");
        alert.setHeaderText(header);
        alert.setContentText(readableMessage(error)
                + "\n\nYour saved progress is safe. If this keeps happening, the details below help to fix it.");
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setId("error-details");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(6, new Label("Technical details:"), details));
        alert.getDialogPane().setId("error-dialog");
        return alert;
    }
}
