package org.smriti.ui.browse;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.ui.shell.Page;

/**
 * The Browse screen: a filter bar and a sortable table bound to {@link BrowseViewModel}, and a detail pane bound to
 * {@link BrowseDetailModel}.
 * Keyboard: Ctrl+F searches, arrows move in the table, B bookmarks the selected row, Enter edits an own card (or
 * opens the detail of a bundled one), Delete deletes an own card (asking first), Ctrl+Z brings it back, Escape
 * returns from the detail to the table.
 */
public final class BrowsePage implements Page {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final BrowseViewModel model;
    private final BrowseDetailModel details;
    private final VBox root;
    private final BrowseFilters filters;
    private final BrowseTable table;
    private final BrowseDetailView detail;

    public BrowsePage(BrowseViewModel model, BrowseDetailModel details) {
        this.model = model;
        this.details = details;
        this.filters = new BrowseFilters(model);
        this.table = new BrowseTable(model, details);
        this.detail = new BrowseDetailView(details, this::reselect);
        Label title = new Label("Browse");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("browse-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countProperty());
        count.fontProperty().addListener((obs, old, now) -> table.sizeColumns(now.getSize()));
        HBox heading = new HBox(14, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);

        root = new VBox(12, heading, filters, split);
        root.setId("page-browse");
        root.getStyleClass().addAll("page", "browse-page");
        root.getStylesheets().add(BrowsePage.class.getResource("browse.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onPageKey);
        filters.search().setOnKeyPressed(this::onSearchKey);
        table.setOnKeyPressed(this::onTableKey);
        detail.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.requestFocus();
                e.consume();
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
        reselect();
        // The shell focuses the page root after this; the table is where the keyboard is useful.
        Platform.runLater(table::requestFocus);
    }

    private void onPageKey(KeyEvent e) {
        if (FIND.match(e)) {
            filters.search().requestFocus();
            filters.search().selectAll();
            e.consume();
        } else if (UNDO.match(e) && details.canUndoDeleteProperty().get()) {
            details.undoDelete();
            reselect();
            e.consume();
        }
    }

    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
            e.consume();
        }
    }

    private void onTableKey(KeyEvent e) {
        BrowseRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.B) {
            details.toggleBookmark(row.id());
            reselect();
        } else if (e.getCode() == KeyCode.ENTER && row.own()) {
            details.edit(row.id());
        } else if (e.getCode() == KeyCode.ENTER) {
            detail.requestFocus();
        } else if (e.getCode() == KeyCode.DELETE && row.own()) {
            detail.confirmDelete(row);
        } else {
            return;
        }
        e.consume();
    }

    /** Selects the row of the question in the detail again, e.g. after its row was replaced. */
    private void reselect() {
        BrowseDetail shown = details.detailProperty().get();
        if (shown != null) {
            table.reselect(shown.row().id());
        }
    }
}
