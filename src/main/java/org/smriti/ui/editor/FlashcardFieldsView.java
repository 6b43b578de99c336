package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/** A flashcard's answer (layout in FXML). */
final class FlashcardFieldsView extends VBox {

    @FXML private Label label;
    @FXML private TextArea answer;
    @FXML private Label problem;

    FlashcardFieldsView(CardEditorViewModel model, FieldFocus focus) {
        Fxml.load(this);
        label.setLabelFor(answer);
        answer.textProperty().bindBidirectional(model.flashcard().answer());
        FieldMarks.tabMovesOn(answer);
        FieldMarks.show(problem, model.problems().about("answer"), answer);
        focus.register("answer", answer);
    }
}
