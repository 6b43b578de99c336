package org.smriti.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of rows the aspirant types (statements, pairs, events) that stays within its allowed length; a change to
 * any row's field is a change of the list, so the draft is checked again.
 */
final class EditableRows<R extends EditableRows.Row> {

    /** A row of fields. */
    interface Row {
        /** The row's editable properties. */
        Observable[] inputs();
    }

    private final ObservableList<R> rows = FXCollections.observableArrayList(Row::inputs);
    private final ObservableList<R> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final int min;
    private final Supplier<R> blank;
    private final BooleanBinding canAdd;
    private final BooleanBinding canRemove;

    EditableRows(int min, int max, Supplier<R> blank) {
        this.min = min;
        this.blank = blank;
        canAdd = Bindings.size(rows).lessThan(max);
        canRemove = Bindings.size(rows).greaterThan(min);
    }

    ObservableList<R> rows() {
        return readOnly;
    }

    BooleanBinding canAdd() {
        return canAdd;
    }

    BooleanBinding canRemove() {
        return canRemove;
    }

    /** Adds an empty row at the end, if the list is not full. */
    void add() {
        if (canAdd.get()) {
            rows.add(blank.get());
        }
    }

    /** Removes row {@code index}, unless the list is at its least length. */
    void remove(int index) {
        if (canRemove.get() && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Replaces every row: more than the allowed rows are kept (the validator names them), fewer are padded. */
    void setAll(List<R> values) {
        List<R> all = new ArrayList<>(values);
        while (all.size() < min) {
            all.add(blank.get());
        }
        rows.setAll(all);
    }
}
