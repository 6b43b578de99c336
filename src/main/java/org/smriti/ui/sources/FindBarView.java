package org.smriti.ui.sources;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Search within the note: Enter or the arrows go to the next or previous match, Esc closes. */
final class FindBarView extends HBox {

    private final TextField field = new TextField();

    FindBarView(FindModel find) {
        super(8);
        field.setId("sources-find-field");
        field.setPromptText("Find in this note");
        field.textProperty().bindBidirectional(find.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Label count = new Label();
        count.setId("sources-find-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(find.countProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = icon(Feather.CHEVRON_UP, "Previous match (Shift+Enter)", "sources-find-previous");
        previous.setOnAction(e -> find.previous());
        Button next = icon(Feather.CHEVRON_DOWN, "Next match (Enter)", "sources-find-next");
        next.setOnAction(e -> find.next());
        Button close = icon(Feather.X, "Close (Esc)", "sources-find-close");
        close.setOnAction(e -> find.close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                find.close();
                e.consume();
            }
        });
        getChildren().addAll(field, count, previous, next, close);
        setAlignment(Pos.CENTER_LEFT);
        setId("sources-find-bar");
        getStyleClass().add("sources-find-bar");
        managedProperty().bind(find.showingProperty());
        visibleProperty().bind(find.showingProperty());
    }

    /** Shows the bar's field with its text selected, ready to type over. */
    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private static Button icon(Feather icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        return b;
    }
}
