package org.smriti.ui.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.smriti.ui.common.Dialogs;

/** The keyboard shortcuts, one place for all of them (F1 or ?). The README lists the same table. */
public final class HelpOverlay {

    /** A group of shortcuts: a heading and (keys, action) rows. */
    public record Section(String title, List<Shortcut> rows) {
    }

    /** Keys and what they do. */
    public record Shortcut(String keys, String action) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("Everywhere", List.of(
                    new Shortcut("Ctrl+1 … Ctrl+7", "Home, Review, Mock test, Browse, Sources, Stats, Settings"),
                    new Shortcut("F1 or ?", "This help"))),
            new Section("Home", List.of(
                    new Shortcut("Enter", "Start today's review"))),
            new Section("Review", List.of(
                    new Shortcut("1–4 or A–D", "Choose an option"),
                    new Shortcut("Enter", "Check the answer; after it, take the suggested rating"),
                    new Shortcut("Space", "Show a flashcard's or cloze's answer; after it, rate Good"),
                    new Shortcut("1 / 2 / 3 / 4", "After the answer: Again / Hard / Good / Easy"),
                    new Shortcut("Ctrl+B (or B)", "Bookmark the card (B alone while choosing means option b)"),
                    new Shortcut("E", "Edit the card, if it is one of your own"),
                    new Shortcut("Ctrl+Z", "Undo the last answer"),
                    new Shortcut("↑ ↓ PgUp PgDn", "Scroll a long card"))),
            new Section("Card editor", List.of(
                    new Shortcut("Ctrl+Shift+C", "Blank the selected words as a cloze ({{c1::…}}); with Alt, on the same card"),
                    new Shortcut("Ctrl+Enter", "Save the card"),
                    new Shortcut("Esc", "Close (asks first if something typed would be lost)"))),
            new Section("Mock test", List.of(
                    new Shortcut("1–4, or A, B, D", "Choose an option (C clears, so (c) is 3)"),
                    new Shortcut("Enter", "On the set-up screen: start the test"),
                    new Shortcut("N / P", "Save & Next / Previous"),
                    new Shortcut("M", "Mark for review & Next"),
                    new Shortcut("C", "Clear response"))),
            new Section("Browse", List.of(
                    new Shortcut("Ctrl+F", "Search"),
                    new Shortcut("B", "Bookmark the selected question"),
                    new Shortcut("Enter", "Edit the selected card if it is yours; otherwise show its details"),
                    new Shortcut("Delete", "Delete the selected card of yours (asks once)"),
                    new Shortcut("Ctrl+Z", "Undo the delete"))),
            new Section("Sources", List.of(
                    new Shortcut("Ctrl+K", "Make a card from the selected passage (drag across it, or click a sentence)"),
                    new Shortcut("Ctrl+F", "Find in the note; Enter / Shift+Enter next / previous, Esc closes"),
                    new Shortcut("Enter / E / Delete", "On a suggested card: accept / edit / skip"),
                    new Shortcut("Ctrl+Enter, Esc", "In the note editor: save, cancel"))));

    private HelpOverlay() {
    }

    private static GridPane column(List<Section> sections) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Section s : sections) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add(Styles.TITLE_4);
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut r : s.rows()) {
                Label keys = new Label(r.keys());
                keys.getStyleClass().add(Styles.TEXT_BOLD);
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(r.action());
                action.setWrapText(true);
                action.setStyle("-fx-max-width: 26em;");
                grid.add(keys, 0, row);
                grid.add(action, 1, row++);
            }
        }
        return grid;
    }

    public static Dialog<ButtonType> create(Window owner) {
        // Two columns, so that the whole table fits a 1366×768 screen; it scrolls at large font sizes.
        int half = 4;
        HBox columns = new HBox(36, column(SECTIONS.subList(0, half)), column(SECTIONS.subList(half, SECTIONS.size())));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Dialog<ButtonType> dialog = Dialogs.over(owner, new Dialog<>());
        if (owner != null) {
            // AtlantaFX caps a dialog at 600 px, too narrow for two columns of shortcuts.
            double width = Math.min(owner.getWidth() * 0.85, 1100);
            dialog.getDialogPane().setPrefWidth(width);
            dialog.getDialogPane().setMinWidth(width);
            dialog.getDialogPane().setMaxWidth(width);
            scroll.setPrefViewportHeight(owner.getHeight() * 0.7);
        }
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Smriti works fully from the keyboard");
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("help-overlay");
        return dialog;
    }
}
