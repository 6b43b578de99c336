package org.smriti.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

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
                    new Shortcut("Space", "Show a flashcard's answer; after it, rate Good"),
                    new Shortcut("1 / 2 / 3 / 4", "After the answer: Again / Hard / Good / Easy"),
                    new Shortcut("Ctrl+B (or B)", "Bookmark the card (B alone while choosing means option b)"),
                    new Shortcut("Ctrl+Z", "Undo the last answer"),
                    new Shortcut("↑ ↓ PgUp PgDn", "Scroll a long card"))),
            new Section("Mock test", List.of(
                    new Shortcut("1–4, or A, B, D", "Choose an option (C clears, so (c) is 3)"),
                    new Shortcut("Enter", "On the set-up screen: start the test"),
                    new Shortcut("N / P", "Save & Next / Previous"),
                    new Shortcut("M", "Mark for review & Next"),
                    new Shortcut("C", "Clear response"))),
            new Section("Browse", List.of(
                    new Shortcut("Ctrl+F", "Search"),
                    new Shortcut("B", "Bookmark the selected question"))));

    private HelpOverlay() {
    }

    public static Dialog<ButtonType> create(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Section s : SECTIONS) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add(Styles.TITLE_4);
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut r : s.rows()) {
                Label keys = new Label(r.keys());
                keys.getStyleClass().add(Styles.TEXT_BOLD);
                grid.add(keys, 0, row);
                grid.add(new Label(r.action()), 1, row++);
            }
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Smriti works fully from the keyboard");
        dialog.getDialogPane().setContent(new VBox(grid));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("help-overlay");
        return dialog;
    }
}
