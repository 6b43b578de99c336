package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/** The passage the card quotes, read-only with its note's title, and a way to drop it (layout in FXML). */
final class SourceView extends VBox {

    private final CardEditorViewModel model;
    @FXML private VBox quoteBox;
    @FXML private Label quote;
    @FXML private Label title;
    @FXML private Button remove;
    @FXML private Label none;
    @FXML private Label problem;

    SourceView(CardEditorViewModel model, FieldFocus focus) {
        this.model = model;
        Fxml.load(this);
        var source = model.common().source();
        quote.textProperty().bind(source.map(s -> "“" + s.quote() + "”").orElse(""));
        title.textProperty().bind(model.sourceTitle().map(t -> "— " + t));
        quoteBox.visibleProperty().bind(source.isNotNull());
        quoteBox.managedProperty().bind(quoteBox.visibleProperty());
        none.visibleProperty().bind(source.isNull());
        none.managedProperty().bind(none.visibleProperty());
        FieldMarks.show(problem, model.problems().about("source"), quoteBox);
        focus.register("source", remove);
    }

    @FXML
    private void removeSource() {
        model.clearSource();
    }
}
