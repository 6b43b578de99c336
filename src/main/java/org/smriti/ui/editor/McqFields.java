package org.smriti.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;

/** The four options of a multiple-choice question and which one is right. */
final class McqFields implements TypeFields {

    static final int OPTIONS = 4;

    private final List<StringProperty> options = new ArrayList<>();
    private final IntegerProperty keyed = new SimpleIntegerProperty(this, "keyed", -1);

    McqFields() {
        for (int i = 0; i < OPTIONS; i++) {
            options.add(new SimpleStringProperty(this, "option" + i, ""));
        }
    }

    StringProperty option(int index) {
        return options.get(index);
    }

    /** The right option, 0–3, or -1 while none is chosen. */
    IntegerProperty keyed() {
        return keyed;
    }

    @Override
    public void load(CardDraft draft) {
        for (int i = 0; i < OPTIONS; i++) {
            options.get(i).set(i < draft.options().size() ? draft.options().get(i) : "");
        }
        keyed.set(draft.answerIndex());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.options(options.stream().map(StringProperty::get).toList(), keyed.get());
    }

    @Override
    public Observable[] inputs() {
        List<Observable> all = new ArrayList<>(options);
        all.add(keyed);
        return all.toArray(Observable[]::new);
    }

    @Override
    public List<String> fields() {
        return List.of("options", "answer");
    }
}
