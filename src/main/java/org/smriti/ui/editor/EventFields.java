package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;

/** A chronology's 3–4 events, each with its year (text until the validator reads it as a number). */
final class EventFields implements TypeFields {

    /** One event as typed. */
    static final class Row implements EditableRows.Row {
        final StringProperty text = new SimpleStringProperty(this, "text", "");
        final StringProperty year = new SimpleStringProperty(this, "year", "");

        @Override
        public Observable[] inputs() {
            return new Observable[] {text, year};
        }
    }

    private final EditableRows<Row> rows = new EditableRows<>(3, 4, Row::new);

    EditableRows<Row> rows() {
        return rows;
    }

    @Override
    public void load(CardDraft draft) {
        rows.setAll(draft.events().stream().map(e -> {
            Row row = new Row();
            row.text.set(e.text());
            row.year.set(e.year() == null ? "" : e.year());
            return row;
        }).toList());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.events(rows.rows().stream().map(r -> new CardDraft.Event(r.text.get(), r.year.get())).toList());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {rows.rows()};
    }

    @Override
    public List<String> fields() {
        return List.of("events");
    }
}
