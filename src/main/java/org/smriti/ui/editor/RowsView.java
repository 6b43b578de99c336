package org.smriti.ui.editor;

import java.util.Optional;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The rows of a statements, pairs or chronology card, each with a remove button, and an add button below, kept
 * within the allowed number of rows. Rows are rebuilt only when one is added or removed, never while typing.
 */
final class RowsView<R extends EditableRows.Row> extends VBox {

    private final EditableRows<R> rows;
    private final String list;
    private final FieldFocus focus;
    private final String idPrefix;
    private final BiFunction<R, Integer, Node> content;
    private final VBox lines = new VBox();

    /**
     * @param list     the draft's field holding the rows ({@code statements}), whose rows' inputs are registered
     *                 with {@code focus} by {@code content}
     * @param noun     what a row is, for the buttons ("statement")
     * @param idPrefix ids of the row's buttons: {@code <prefix>-remove-<i>}, {@code <prefix>-add}
     * @param content  the fields of row {@code i}
     */
    RowsView(EditableRows<R> rows, String list, FieldFocus focus, String noun, String idPrefix,
            BiFunction<R, Integer, Node> content) {
        this.rows = rows;
        this.list = list;
        this.focus = focus;
        this.idPrefix = idPrefix;
        this.content = content;
        lines.getStyleClass().add("editor-rows");
        Button add = new Button("Add " + noun, new FontIcon(Feather.PLUS));
        add.setId(idPrefix + "-add");
        add.getStyleClass().add("small");
        add.disableProperty().bind(rows.canAdd().not());
        add.setOnAction(e -> {
            rows.add();
            focusRow(rows.rows().size() - 1);
        });
        getStyleClass().add("editor-rows-box");
        getChildren().addAll(lines, add);
        rows.rows().addListener((ListChangeListener<R>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().clear();
        focus.forgetRows(list);
        for (int i = 0; i < rows.rows().size(); i++) {
            int index = i;
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("row-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Node fields = content.apply(rows.rows().get(i), i);
            HBox.setHgrow(fields, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
            remove.setId(idPrefix + "-remove-" + i);
            remove.getStyleClass().addAll("button-icon", "flat");
            remove.setTooltip(new Tooltip("Remove this row"));
            remove.setAccessibleText("Remove row " + (i + 1));
            remove.disableProperty().bind(rows.canRemove().not());
            remove.setOnAction(e -> {
                rows.remove(index);
                focusRow(Math.min(index, rows.rows().size() - 1));
            });
            HBox row = new HBox(6, number, fields, remove);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("editor-row");
            lines.getChildren().add(row);
        }
        firstInput(0).ifPresent(input -> focus.register(list, input));
    }

    private void focusRow(int index) {
        firstInput(index).ifPresent(Node::requestFocus);
    }

    private Optional<Node> firstInput(int row) {
        return row >= 0 && row < lines.getChildren().size()
                ? lines.getChildren().get(row).lookupAll(".text-input").stream().findFirst()
                : Optional.empty();
    }
}
