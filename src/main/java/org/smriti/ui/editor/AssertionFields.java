package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.Assertion.AssertionKey;
import org.smriti.core.question.CardDraft;

/** Statement-I, Statement-II and which of UPSC's four standard answers is right. */
final class AssertionFields implements TypeFields {

    private final StringProperty statement1 = new SimpleStringProperty(this, "statement1", "");
    private final StringProperty statement2 = new SimpleStringProperty(this, "statement2", "");
    private final ObjectProperty<AssertionKey> key = new SimpleObjectProperty<>(this, "key");

    StringProperty statement1() {
        return statement1;
    }

    StringProperty statement2() {
        return statement2;
    }

    /** The right answer, or {@code null} while none is chosen. */
    ObjectProperty<AssertionKey> key() {
        return key;
    }

    @Override
    public void load(CardDraft draft) {
        statement1.set(draft.statement1());
        statement2.set(draft.statement2());
        key.set(draft.assertionKey());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.assertion(statement1.get(), statement2.get(), key.get());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {statement1, statement2, key};
    }

    @Override
    public List<String> fields() {
        return List.of("statement1", "statement2", "answer");
    }
}
