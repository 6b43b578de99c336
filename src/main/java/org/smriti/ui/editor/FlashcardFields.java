package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.question.CardDraft;

/** A flashcard's answer. */
final class FlashcardFields implements TypeFields {

    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");

    StringProperty answer() {
        return answer;
    }

    @Override
    public void load(CardDraft draft) {
        answer.set(draft.answer());
    }

    @Override
    public void writeTo(CardDraft.Builder draft) {
        draft.answer(answer.get());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {answer};
    }

    @Override
    public List<String> fields() {
        return List.of("answer");
    }
}
