package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.smriti.core.question.Assertion.AssertionKey;
import org.smriti.core.question.Assertion;
import org.smriti.ui.common.Fxml;
import org.smriti.ui.common.QuestionText;

/** Statement-I, Statement-II and UPSC's four standard answers to choose from (layout in FXML). */
final class AssertionFieldsView extends VBox {

    @FXML private Label label1;
    @FXML private TextArea statement1;
    @FXML private Label problem1;
    @FXML private Label label2;
    @FXML private TextArea statement2;
    @FXML private Label problem2;
    @FXML private VBox keys;
    @FXML private Label keyProblem;

    AssertionFieldsView(CardEditorViewModel model, FieldFocus focus) {
        Fxml.load(this);
        AssertionFields fields = model.assertion();
        FieldProblems problems = model.problems();
        label1.setLabelFor(statement1);
        label2.setLabelFor(statement2);
        statement1.textProperty().bindBidirectional(fields.statement1());
        statement2.textProperty().bindBidirectional(fields.statement2());
        FieldMarks.tabMovesOn(statement1);
        FieldMarks.tabMovesOn(statement2);
        FieldMarks.show(problem1, problems.about("statement1"), statement1);
        FieldMarks.show(problem2, problems.about("statement2"), statement2);
        focus.register("statement1", statement1);
        focus.register("statement2", statement2);
        ToggleGroup group = new ToggleGroup();
        AssertionKey[] values = AssertionKey.values();
        RadioButton[] buttons = new RadioButton[values.length];
        for (int i = 0; i < values.length; i++) {
            buttons[i] = new RadioButton(QuestionText.optionLetter(i) + "  " + Assertion.OPTIONS.get(i));
            buttons[i].setId("editor-assertion-key-" + i);
            buttons[i].setWrapText(true);
            buttons[i].setMinHeight(RadioButton.USE_PREF_SIZE);
            buttons[i].setToggleGroup(group);
            buttons[i].setUserData(values[i]);
            keys.getChildren().add(buttons[i]);
        }
        Toggles.bind(group, fields.key());
        FieldMarks.show(keyProblem, problems.about("answer"), buttons);
        focus.register("answer", buttons[0]);
    }
}
