package org.smriti.ui.editor;

import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/** A pairs card's column names and pairs; a wrong pair names its actual right-hand side (frame in FXML). */
final class PairFieldsView extends VBox {

    private final FieldProblems problems;
    private final FieldFocus focus;
    @FXML private TextField leftHeader;
    @FXML private TextField rightHeader;
    @FXML private Label headerProblem;
    @FXML private VBox rowsSlot;
    @FXML private Label pairsProblem;

    PairFieldsView(CardEditorViewModel model, FieldFocus focus) {
        this.problems = model.problems();
        this.focus = focus;
        Fxml.load(this);
        PairFields fields = model.pairs();
        leftHeader.textProperty().bindBidirectional(fields.leftHeader());
        rightHeader.textProperty().bindBidirectional(fields.rightHeader());
        leftHeader.setAccessibleText("Left column name");
        rightHeader.setAccessibleText("Right column name");
        FieldMarks.show(headerProblem, problems.about("header"), leftHeader, rightHeader);
        focus.register("header", leftHeader);
        focus.register("header[0]", leftHeader);
        focus.register("header[1]", rightHeader);
        rowsSlot.getChildren().add(new RowsView<>(fields.rows(), "pairs", focus, "pair",
                "editor-pair", this::row));
        FieldMarks.show(pairsProblem, problems.exactly("pairs"), rowsSlot);
    }

    private Node row(PairFields.Row row, int i) {
        String field = "pairs[" + i + "]";
        TextField left = text("editor-pair-left-" + i, row.left, "Left " + (i + 1));
        TextField right = text("editor-pair-right-" + i, row.right, "Right " + (i + 1));
        CheckBox correct = new CheckBox("Correctly matched");
        correct.setId("editor-pair-correct-" + i);
        correct.selectedProperty().bindBidirectional(row.correct);
        correct.setMinWidth(CheckBox.USE_PREF_SIZE);
        TextField actual = text("editor-pair-actual-" + i, row.actual, "Actually matched with …");
        actual.visibleProperty().bind(row.correct.not());
        HBox names = new HBox(8, left, right);
        names.setAlignment(Pos.CENTER_LEFT);
        HBox truth = new HBox(8, correct, actual);
        truth.setAlignment(Pos.CENTER_LEFT);
        focus.register(field, left);
        focus.register(field + ".right", right);
        focus.register(field + ".actual", actual);
        FieldMarks.mark(left, problems.about(field + ".left"), left);
        FieldMarks.mark(right, problems.about(field + ".right"), right);
        FieldMarks.mark(actual, problems.about(field + ".actual"), actual);
        return new VBox(4, names, truth, FieldMarks.label("editor-problem-pair-" + i, problems.about(field)));
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
