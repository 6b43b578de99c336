package org.smriti.ui.editor;

import java.util.List;
import javafx.beans.Observable;
import org.smriti.core.question.CardDraft;

/** The fields one card type adds to the common ones, as the editor holds them while the aspirant types. */
interface TypeFields {

    /** Takes the values of {@code draft}; lists are padded to their least length. */
    void load(CardDraft draft);

    /** Writes the values into a draft of this type. */
    void writeTo(CardDraft.Builder draft);

    /** The properties the aspirant edits: a change to any of them is a change of the draft. */
    Observable[] inputs();

    /** The draft's fields these stand for, as the validator names them ({@code options}, {@code answer}). */
    List<String> fields();
}
