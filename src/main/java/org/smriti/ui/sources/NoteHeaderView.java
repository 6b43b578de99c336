package org.smriti.ui.sources;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.common.Labels;

/**
 * Above the reader: the open note's title and file (with Edit and Delete for an own note), the actions on it,
 * and what the last action gave.
 */
final class NoteHeaderView extends VBox {

    /** What the header's buttons do; the page supplies them. */
    record Actions(Runnable makeCard, Runnable suggest, Runnable find, Runnable edit, Runnable delete) {
    }

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final FlowPane toolbar;
    private final HBox noteActions;

    NoteHeaderView(SourcesViewModel model, Actions actions) {
        super(8);
        Label title = new Label();
        title.setId("sources-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Labels.wrapping(title);
        Label credit = new Label();
        credit.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        credit.setMinWidth(0);
        HBox.setHgrow(credit, Priority.ALWAYS);
        credit.setMaxWidth(Double.MAX_VALUE);
        model.selectedDocumentProperty().addListener((obs, old, now) -> showTitle(now, title, credit));
        showTitle(model.selectedDocumentProperty().get(), title, credit);

        Button edit = button("Edit", Feather.EDIT_2, "sources-edit", actions.edit());
        Button delete = button("Delete", Feather.TRASH_2, "sources-delete", actions.delete());
        for (Button b : List.of(edit, delete)) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        delete.getStyleClass().add(Styles.DANGER);
        noteActions = new HBox(4, edit, delete);
        noteActions.setMinWidth(Region.USE_PREF_SIZE);
        BooleanBinding own = Bindings.createBooleanBinding(() -> model.isOwn(model.selectedDocumentProperty().get()),
                model.selectedDocumentProperty());
        noteActions.visibleProperty().bind(own);
        noteActions.managedProperty().bind(own);
        HBox creditRow = new HBox(8, credit, noteActions);
        creditRow.setAlignment(Pos.CENTER_LEFT);

        Button make = button("Make card (Ctrl+K)", Feather.PLUS_SQUARE, "sources-make-card", actions.makeCard());
        make.getStyleClass().add(Styles.ACCENT);
        make.setTooltip(new Tooltip("Make a card from the passage selected in the note"));
        Button suggest = button("Suggest cards", Feather.ZAP, "sources-suggest", actions.suggest());
        Button find = button("Find (Ctrl+F)", Feather.SEARCH, "sources-find", actions.find());
        toolbar = new FlowPane(8, 8, make, suggest, find);
        toolbar.setId("sources-toolbar");

        Label message = new Label();
        message.setId("sources-message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Labels.wrapping(message);
        message.textProperty().bind(model.messageProperty());
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setAccessibleText("Dismiss");
        dismiss.setId("sources-message-dismiss");
        dismiss.setOnAction(e -> model.dismissMessage());
        HBox messageBox = new HBox(6, message, dismiss);
        messageBox.setAlignment(Pos.TOP_LEFT);
        messageBox.getStyleClass().add("sources-message");
        messageBox.managedProperty().bind(model.messageProperty().isNotEmpty());
        messageBox.visibleProperty().bind(messageBox.managedProperty());
        model.problemProperty().addListener((obs, old, now) -> messageBox.pseudoClassStateChanged(PROBLEM, now));

        getChildren().addAll(title, creditRow, toolbar, messageBox);
    }

    /** The buttons that act on the note, disabled while it is being edited. */
    void disableActions(ObservableBooleanValue editing) {
        toolbar.disableProperty().bind(editing);
        noteActions.disableProperty().bind(editing);
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void showTitle(SourceDocument doc, Label title, Label credit) {
        title.setText(doc == null ? "No source notes were found." : doc.title());
        credit.setText(doc == null ? "" : doc.credit().isEmpty() ? doc.file() : doc.credit() + "  ·  " + doc.file());
    }
}
