package org.smriti.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.smriti.ui.common.Dialogs;
import org.smriti.ui.common.Labels;

/** How the Settings screen's sections and dialogs are laid out, so that every section reads alike. */
final class SettingsLayout {

    private SettingsLayout() {
    }

    /** A titled section. */
    static VBox section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, heading, body);
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    /** Three columns: the setting's name, its control, and help that takes the rest of the width. */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(10);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setHalignment(HPos.LEFT);
        ColumnConstraints control = new ColumnConstraints();
        control.setMinWidth(170);
        ColumnConstraints help = new ColumnConstraints();
        help.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(name, control, help);
        return g;
    }

    static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    /** A wrapping label that is never cut short for want of height. */
    static Label text(String id, String text) {
        Label l = Labels.wrapping(text);
        l.setId(id);
        return l;
    }

    /**
     * Puts {@code dialog} over {@code owner} and makes it look like it: a dialog is a window of its own, so it would
     * otherwise miss the app's style sheets and the font size the aspirant chose.
     */
    static <D extends Dialog<?>> D over(Window owner, D dialog, String title) {
        Dialogs.over(owner, dialog);
        dialog.setTitle(title);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("settings-dialog");
        pane.getStylesheets().add(SettingsLayout.class.getResource("settings.css").toExternalForm());
        return dialog;
    }

    /** A dialog over {@code owner} showing {@code content}, its pane named {@code id}; the caller adds the buttons. */
    static Dialog<ButtonType> dialog(Window owner, String title, String id, Node content) {
        Dialog<ButtonType> dialog = over(owner, new Dialog<>(), title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        return dialog;
    }
}
