package org.smriti.ui.sources;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.source.SourceDocument;

/** The notes in a drop-down, with New note and Import…: what replaces the side list when the font is large. */
final class NotePickerView extends HBox {

    NotePickerView(SourcesViewModel model, Runnable newNote, Runnable importNotes) {
        super(8);
        ComboBox<SourceDocument> box = new ComboBox<>(model.documents());
        box.setId("sources-document-picker");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setCellFactory(l -> new DocumentCell(model));
        box.setButtonCell(new DocumentCell(model));
        box.setValue(model.selectedDocumentProperty().get());
        box.valueProperty().addListener((obs, old, now) -> model.select(now));
        model.selectedDocumentProperty().addListener((obs, old, now) -> box.setValue(now));
        getChildren().add(box);
        getChildren().addAll(NoteListView.actions(newNote, importNotes, "-compact"));
        setAlignment(Pos.CENTER_LEFT);
    }

    /** A note in the picker: its title, marked when it is the aspirant's own. */
    private static final class DocumentCell extends ListCell<SourceDocument> {
        private final SourcesViewModel model;

        DocumentCell(SourcesViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(SourceDocument doc, boolean empty) {
            super.updateItem(doc, empty);
            setText(empty || doc == null ? null : doc.title());
            setGraphic(empty || doc == null || !model.isOwn(doc) ? null : new FontIcon(Feather.USER));
        }
    }
}
