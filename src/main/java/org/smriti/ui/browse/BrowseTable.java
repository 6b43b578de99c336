package org.smriti.ui.browse;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.smriti.ui.common.Names;
import org.smriti.ui.theme.Appearance;

/** Browse's sortable table of every question and orphaned id. */
final class BrowseTable extends TableView<BrowseRow> {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BrowseViewModel model;

    /** @param detail shows the selected row */
    BrowseTable(BrowseViewModel model, BrowseDetailModel detail) {
        this.model = model;
        setId("browse-table");
        setPlaceholder(new Label("No question matches the search and filters."));
        // The columns the aspirant scans for come first; the rest are a horizontal scroll away.
        getColumns().setAll(List.of(
                column("Question", 19, BrowseRow::snippet, Function.identity()),
                column("State", 7.5, BrowseRow::stateText, Function.identity()),
                column("Due", 8.5, BrowseRow::due, this::dueText),
                column("Recall", 4.5, BrowseRow::retrievability, d -> number(d, "%.0f %%")),
                column("★", 2.5, BrowseRow::bookmarked, b -> b ? "★" : ""),
                column("Topic", 11, BrowseRow::topic, t -> t == null ? "—" : t.label()),
                column("Type", 8, BrowseRow::type, t -> t == null ? "—" : Names.of(t)),
                column("Mine", 3.5, BrowseRow::own, b -> b ? "✎" : ""),
                column("PYQ", 3.5, BrowseRow::pyq, b -> b ? "PYQ" : ""),
                column("Stability", 5.5, BrowseRow::stability, d -> number(d, "%.1f d")),
                column("Difficulty", 5.5, BrowseRow::difficulty, d -> number(d, "%.1f")),
                column("Lapses", 4.5, BrowseRow::lapses, String::valueOf),
                column("ID", 16, BrowseRow::id, Function.identity())));
        sizeColumns(Appearance.BASE_FONT_PX);
        model.rows().comparatorProperty().bind(comparatorProperty());
        setItems(model.rows());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // A refresh replaces rows and briefly clears the selection; the detail keeps the last question.
            if (now != null) {
                detail.select(now.id());
            }
        });
    }

    /** Column widths are in em: they follow the font size setting. */
    void sizeColumns(double emPx) {
        for (TableColumn<BrowseRow, ?> c : getColumns()) {
            c.setPrefWidth((Double) c.getUserData() * emPx);
        }
    }

    /** Selects the row of {@code id} again, e.g. after its row was replaced. */
    void reselect(String id) {
        List<BrowseRow> items = getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                if (getSelectionModel().getSelectedIndex() != i) {
                    getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
    }

    /**
     * A column of {@code value} shown as {@code text}; sorting uses the value itself (dates, numbers), with rows
     * that have none (new cards) first.
     */
    private static <T extends Comparable<? super T>> TableColumn<BrowseRow, T> column(
            String name, double widthEm, Function<BrowseRow, T> value, Function<T, String> text) {
        TableColumn<BrowseRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
                // A cut-off cell can still be read in full by pointing at it; short values never are cut.
                setTooltip(empty || !mayBeCut(this) ? null : new Tooltip(getText()));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.<T>naturalOrder()));
        c.getStyleClass().add("col-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        c.setUserData(widthEm);
        return c;
    }

    private static boolean mayBeCut(TableCell<?, ?> cell) {
        return cell.getText() != null && cell.getText().length() > 12;
    }

    private String dueText(Instant due) {
        return due == null ? "—" : DUE.format(due.atZone(model.zone()));
    }

    private static String number(Double d, String format) {
        return d == null ? "—" : String.format(Locale.ROOT, format, d);
    }
}
