package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Statements;

/** "Consider the following statements": 2–4 statements, each true or false, and the closing question's style. */
final class StatementFields implements TypeFields {

    /** One statement as typed. */
    static final class Row implements EditableRows.Row {
        final StringProperty text = new SimpleStringProperty(this, "text", "");
        final BooleanProperty correct = new SimpleBooleanProperty(this, "correct", true);

        @Override
        public Observable[] inputs() {
            return new Observable[] {text, correct};
        }
    }

    private final EditableRows<Row> rows = new EditableRows<>(2, 4, Row::new);
    private final ObjectProperty<Statements.Style> style =
            new SimpleObjectProperty<>(this, "style", Statements.Style.WHICH);

    EditableRows<Row> rows() {
        return rows;
    }

    ObjectProperty<Statements.Style> style() {
        return style;
    }

    @Override
    public void load(CardDraft draft) {
        rows.setAll(draft.statements().stream().map(s -> {
            Row row = new Row();
            row.text.set(s.text());
            row.correct.set(s.correct());
            return row;
        }).toList());
        style.set(draft.style());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.statements(rows.rows().stream().map(r -> new Statements.Statement(r.text.get(), r.correct.get())).toList(),
                style.get());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {rows.rows(), style};
    }

    @Override
    public List<String> fields() {
        return List.of("statements", "style");
    }
}
