package org.smriti.ui.sources;

import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;

/**
 * A note's title and text, edited in place of the reader (layout in {@code NoteEditorView.fxml}). Saving goes
 * through the view model; a failed save shows why and keeps what was typed.
 */
final class NoteEditorView extends VBox {

    private final SourcesViewModel model;
    private final BooleanSupplier discardConfirmed;
    @FXML private Label heading;
    @FXML private TextField title;
    @FXML private TextArea text;
    @FXML private Label error;

    /** @param discardConfirmed asks whether to throw away what was typed; true to go ahead */
    NoteEditorView(SourcesViewModel model, BooleanSupplier discardConfirmed) {
        this.model = model;
        this.discardConfirmed = discardConfirmed;
        Fxml.load(this);
        NoteEditorModel editor = model.editor();
        title.textProperty().bindBidirectional(editor.titleProperty());
        text.textProperty().bindBidirectional(editor.textProperty());
        error.textProperty().bind(editor.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        heading.textProperty().bind(editor.modeProperty().map(m -> m == NoteEditorModel.Mode.NEW
                ? "New note" : "Edit note"));
        managedProperty().bind(editor.modeProperty().isNotEqualTo(NoteEditorModel.Mode.CLOSED));
        visibleProperty().bind(managedProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
    }

    /** Puts the cursor where typing starts: the title of a new note, the text of one being edited. */
    void focusFirstField() {
        if (title.getText().isEmpty()) {
            title.requestFocus();
        } else {
            text.requestFocus();
        }
    }

    @FXML
    private void save() {
        model.saveNote();
    }

    @FXML
    private void cancel() {
        if (!model.editor().changed() || discardConfirmed.getAsBoolean()) {
            model.editor().cancel();
        }
    }
}
