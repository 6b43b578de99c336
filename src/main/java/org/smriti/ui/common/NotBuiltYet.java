package org.smriti.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.ui.shell.Page;

/** Says plainly that an area is not built yet and what it will do; never shows made-up data. */
public final class NotBuiltYet implements Page {

    private final VBox root;

    public NotBuiltYet(String id, String title, String promise) {
        FontIcon icon = new FontIcon(Feather.TOOL);
        icon.getStyleClass().add("not-built-icon");
        Label heading = new Label(title + " is not built yet");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("not-built-title");
        Label body = new Label(promise);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setMaxWidth(520);
        body.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        root = new VBox(12, icon, heading, body);
        root.setAlignment(Pos.CENTER);
        root.setId(id);
        root.getStyleClass().add("page");
    }

    @Override
    public VBox view() {
        return root;
    }
}
