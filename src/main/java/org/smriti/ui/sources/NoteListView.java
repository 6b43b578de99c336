package org.smriti.ui.sources;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.source.SourceDocument;

/**
 * The notes at the side: "Bundled notes", then "My notes", in one keyboard-navigable list whose section headings
 * are skipped over; New note and Import… right below it.
 */
final class NoteListView extends VBox {

    /** A row of the list: a section heading, a note, or the hint shown while there are no own notes. */
    sealed interface Item permits Heading, Note, Hint {
    }

    record Heading(String title) implements Item {
    }

    record Note(SourceDocument doc) implements Item {
    }

    record Hint(String text) implements Item {
    }

    private final SourcesViewModel model;
    private final ListView<Item> list = new ListView<>();
    private boolean syncing;

    NoteListView(SourcesViewModel model, Runnable newNote, Runnable importNotes) {
        super(8);
        this.model = model;
        list.setId("sources-notes");
        list.setCellFactory(l -> new ItemCell());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> picked(old.intValue(),
                now.intValue()));
        model.bundled().addListener((ListChangeListener<SourceDocument>) c -> rebuild());
        model.own().addListener((ListChangeListener<SourceDocument>) c -> rebuild());
        model.selectedDocumentProperty().addListener((obs, old, now) -> showSelected());
        FlowPane buttons = new FlowPane(6, 6);
        buttons.getChildren().addAll(actions(newNote, importNotes, ""));
        getChildren().addAll(list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        getStyleClass().add("sources-note-list");
        rebuild();
    }

    /** New note and Import…, for the heading of "My notes" and for the picker that replaces this list. */
    static List<Button> actions(Runnable newNote, Runnable importNotes, String idSuffix) {
        Button create = new Button("New note", new FontIcon(Feather.FILE_PLUS));
        create.setId("sources-new-note" + idSuffix);
        create.setOnAction(e -> newNote.run());
        Button open = new Button("Import…", new FontIcon(Feather.UPLOAD));
        open.setId("sources-import" + idSuffix);
        open.setOnAction(e -> importNotes.run());
        open.setAccessibleHelp("Import .md or .txt files; you can also drop them on this page.");
        for (Button b : List.of(create, open)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return List.of(create, open);
    }

    private void rebuild() {
        List<Item> items = new ArrayList<>();
        items.add(new Heading("Bundled notes"));
        model.bundled().forEach(d -> items.add(new Note(d)));
        items.add(new Heading("My notes"));
        model.own().forEach(d -> items.add(new Note(d)));
        if (model.own().isEmpty()) {
            // Short: the list is narrow, and a cell shows two lines at most.
            items.add(new Hint("None yet: add one below, or drop files here."));
        }
        syncing = true;
        list.getItems().setAll(items);
        syncing = false;
        showSelected();
    }

    private void showSelected() {
        SourceDocument doc = model.selectedDocumentProperty().get();
        syncing = true;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof Note n && doc != null && n.doc().file().equals(doc.file())) {
                // Picked in the list: it is in view already. Opened otherwise (import, Open in source): show it.
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
                break;
            }
        }
        syncing = false;
    }

    /** A heading or hint picked by the arrow keys passes the selection on to the next note that way. */
    private void picked(int old, int now) {
        if (syncing || now < 0) {
            return;
        }
        Item item = list.getItems().get(now);
        if (item instanceof Note n) {
            model.select(n.doc());
            return;
        }
        int step = now >= old ? 1 : -1;
        for (int i = now + step; i >= 0 && i < list.getItems().size(); i += step) {
            if (list.getItems().get(i) instanceof Note) {
                int target = i;
                Platform.runLater(() -> list.getSelectionModel().select(target));
                return;
            }
        }
        Platform.runLater(this::showSelected);
    }

    private final class ItemCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("note-heading", "note-hint", "note-own");
            setGraphic(null);
            setText(null);
            setMouseTransparent(false);
            if (empty || item == null) {
                return;
            }
            if (item instanceof Heading h) {
                getStyleClass().add("note-heading");
                setText(h.title());
                setMouseTransparent(true);
            } else if (item instanceof Hint hint) {
                getStyleClass().add("note-hint");
                setText(hint.text());
                setMouseTransparent(true);
            } else if (item instanceof Note n) {
                setText(n.doc().title());
                if (model.isOwn(n.doc())) {
                    getStyleClass().add("note-own");
                }
            }
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
