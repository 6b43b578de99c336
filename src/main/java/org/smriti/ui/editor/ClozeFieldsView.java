package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/** A cloze note's text; Ctrl+Shift+C (or the button) blanks the selection, as in Anki (layout in FXML). */
final class ClozeFieldsView extends VBox {

    private final CardEditorViewModel model;
    @FXML private Label label;
    @FXML private TextArea text;
    @FXML private Label problem;

    ClozeFieldsView(CardEditorViewModel model, FieldFocus focus) {
        this.model = model;
        Fxml.load(this);
        label.setLabelFor(text);
        text.textProperty().bindBidirectional(model.cloze().text());
        FieldMarks.tabMovesOn(text);
        FieldMarks.show(problem, model.problems().about("text"), text);
        focus.register("text", text);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.C && e.isShortcutDown() && e.isShiftDown()) {
                e.consume();
                blank(e.isAltDown());
            }
        });
    }

    TextArea textArea() {
        return text;
    }

    @FXML
    private void blankSelection() {
        blank(false);
    }

    private void blank(boolean sameNumber) {
        IndexRange selection = text.getSelection();
        ClozeFields.Caret caret = model.blankSelection(selection.getStart(), selection.getEnd(), sameNumber);
        text.requestFocus();
        text.selectRange(caret.anchor(), caret.caret());
    }
}
