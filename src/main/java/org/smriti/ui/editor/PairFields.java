package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;

/** "Consider the following pairs": two column names and 3–4 pairs, a wrong one with its actual right-hand side. */
final class PairFields implements TypeFields {

    /** One pair as typed; {@code actual} counts only while the pair is marked wrong. */
    static final class Row implements EditableRows.Row {
        final StringProperty left = new SimpleStringProperty(this, "left", "");
        final StringProperty right = new SimpleStringProperty(this, "right", "");
        final BooleanProperty correct = new SimpleBooleanProperty(this, "correct", true);
        final StringProperty actual = new SimpleStringProperty(this, "actual", "");

        @Override
        public Observable[] inputs() {
            return new Observable[] {left, right, correct, actual};
        }
    }

    private final StringProperty leftHeader = new SimpleStringProperty(this, "leftHeader", "");
    private final StringProperty rightHeader = new SimpleStringProperty(this, "rightHeader", "");
    private final EditableRows<Row> rows = new EditableRows<>(3, 4, Row::new);

    StringProperty leftHeader() {
        return leftHeader;
    }

    StringProperty rightHeader() {
        return rightHeader;
    }

    EditableRows<Row> rows() {
        return rows;
    }

    @Override
    public void load(CardDraft draft) {
        leftHeader.set(draft.leftHeader());
        rightHeader.set(draft.rightHeader());
        rows.setAll(draft.pairs().stream().map(p -> {
            Row row = new Row();
            row.left.set(p.left());
            row.right.set(p.right());
            row.correct.set(p.correct());
            row.actual.set(p.actual() == null ? "" : p.actual());
            return row;
        }).toList());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.pairs(leftHeader.get(), rightHeader.get(), rows.rows().stream()
                .map(r -> new CardDraft.Pair(r.left.get(), r.right.get(), r.correct.get(),
                        r.correct.get() ? null : r.actual.get()))
                .toList());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {leftHeader, rightHeader, rows.rows()};
    }

    @Override
    public List<String> fields() {
        return List.of("header", "pairs");
    }
}
