package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.core.question.Statements;
import org.smriti.ui.common.Fxml;

/** A statements card's statements, each true or false, and its closing question (frame in FXML). */
final class StatementFieldsView extends VBox {

    private final FieldProblems problems;
    private final FieldFocus focus;
    @FXML private VBox rowsSlot;
    @FXML private Label statementsProblem;
    @FXML private RadioButton which;
    @FXML private RadioButton howMany;
    @FXML private Label styleProblem;

    StatementFieldsView(CardEditorViewModel model, FieldFocus focus) {
        this.problems = model.problems();
        this.focus = focus;
        Fxml.load(this);
        StatementFields fields = model.statements();
        rowsSlot.getChildren().add(new RowsView<>(fields.rows(), "statements", focus, "statement",
                "editor-statement", this::row));
        FieldMarks.show(statementsProblem, problems.exactly("statements"), rowsSlot);
        ToggleGroup style = new ToggleGroup();
        which.setToggleGroup(style);
        howMany.setToggleGroup(style);
        which.setUserData(Statements.Style.WHICH);
        howMany.setUserData(Statements.Style.HOW_MANY);
        Toggles.bind(style, fields.style());
        FieldMarks.show(styleProblem, problems.about("style"), which, howMany);
        focus.register("style", which);
    }

    private Node row(StatementFields.Row row, int i) {
        String field = "statements[" + i + "]";
        TextArea text = new TextArea();
        text.setId("editor-statement-" + i);
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setPromptText("Statement " + (i + 1));
        text.textProperty().bindBidirectional(row.text);
        FieldMarks.tabMovesOn(text);
        CheckBox correct = new CheckBox("True");
        correct.setId("editor-statement-true-" + i);
        correct.setAccessibleText("Statement " + (i + 1) + " is true");
        correct.selectedProperty().bindBidirectional(row.correct);
        correct.setMinWidth(CheckBox.USE_PREF_SIZE);
        focus.register(field, text);
        VBox body = new VBox(4, text, FieldMarks.label("editor-problem-statement-" + i, problems.about(field), text));
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox line = new HBox(8, body, correct);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }
}
