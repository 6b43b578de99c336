package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/** A chronology's events, each with its year (frame in FXML). */
final class EventFieldsView extends VBox {

    private final FieldProblems problems;
    private final FieldFocus focus;
    @FXML private VBox rowsSlot;
    @FXML private Label eventsProblem;

    EventFieldsView(CardEditorViewModel model, FieldFocus focus) {
        this.problems = model.problems();
        this.focus = focus;
        Fxml.load(this);
        rowsSlot.getChildren().add(new RowsView<>(model.events().rows(), "events", focus, "event",
                "editor-event", this::row));
        FieldMarks.show(eventsProblem, problems.exactly("events"), rowsSlot);
    }

    private Node row(EventFields.Row row, int i) {
        String field = "events[" + i + "]";
        TextField text = new TextField();
        text.setId("editor-event-" + i);
        text.setPromptText("Event " + (i + 1));
        text.textProperty().bindBidirectional(row.text);
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField year = new TextField();
        year.setId("editor-event-year-" + i);
        year.setPromptText("Year");
        year.setAccessibleText("Year of event " + (i + 1));
        year.getStyleClass().add("year-field");
        year.textProperty().bindBidirectional(row.year);
        HBox line = new HBox(8, text, year);
        line.setAlignment(Pos.CENTER_LEFT);
        focus.register(field, text);
        focus.register(field + ".year", year);
        FieldMarks.mark(text, problems.about(field + ".text"), text);
        FieldMarks.mark(year, problems.about(field + ".year"), year);
        return new VBox(4, line, FieldMarks.label("editor-problem-event-" + i, problems.about(field)));
    }
}
