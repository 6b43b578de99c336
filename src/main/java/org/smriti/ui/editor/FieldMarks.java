package org.smriti.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** How the editor's fields show their problems, and how its text areas behave with the keyboard. */
final class FieldMarks {

    private static final String KEEP = "field-marks-listener";

    private FieldMarks() {
    }

    /** Shows {@code problem} under its fields while it is not empty, and marks the fields red meanwhile. */
    static void show(Label problem, ObservableValue<String> text, Node... fields) {
        problem.textProperty().bind(text);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        if (!problem.getStyleClass().contains("field-problem")) {
            problem.getStyleClass().add("field-problem");
        }
        mark(problem, text, fields);
    }

    /** Marks {@code fields} red while {@code text} is not empty, for as long as {@code owner} lives. */
    @SuppressWarnings("unchecked")
    static void mark(Node owner, ObservableValue<String> text, Node... fields) {
        InvalidationListener mark = obs -> {
            boolean wrong = !text.getValue().isEmpty();
            for (Node field : fields) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
            }
        };
        // Rows are rebuilt as they are added and removed: a weak listener lets the old ones go.
        ((List<InvalidationListener>) owner.getProperties().computeIfAbsent(KEEP, k -> new ArrayList<>())).add(mark);
        text.addListener(new WeakInvalidationListener(mark));
        mark.invalidated(text);
    }

    /** A new problem label for a field built in code. */
    static Label label(String id, ObservableValue<String> text, Node... fields) {
        Label problem = new Label();
        problem.setId(id);
        show(problem, text, fields);
        return problem;
    }

    /**
     * Tab leaves a text area for the next field, as in every other field, instead of typing a tab: the editor is
     * worked from the keyboard. (The area's own Ctrl+Tab does the moving.)
     */
    static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }
}
