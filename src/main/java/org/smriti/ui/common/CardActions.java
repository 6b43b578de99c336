package org.smriti.ui.common;

import java.io.IOException;
import java.util.Optional;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceStatus;

/** What Browse and Review may do with the aspirant's own cards, through the rest of the app. */
public interface CardActions {

    /** Whether a question is one of the aspirant's own cards (editable, deletable). */
    boolean isOwn(String questionId);

    /** Why an own card's quote cannot be shown in its note any more, if it cannot. */
    Optional<SourceStatus> sourceStatus(String questionId);

    /** Opens the editor on an own card. */
    void edit(Question card);

    /** Opens the editor on an editable copy of a bundled question. */
    void copyToMine(Question question);

    /**
     * Deletes an own card (a cloze card: its whole note) durably; its history stays in the journal.
     *
     * @return how to put it back
     * @throws IOException with a reason worded for the aspirant; nothing was deleted
     */
    Undo delete(String questionId) throws IOException;

    /** Calls {@code listener} when cards change elsewhere (saved in the editor, imported). */
    void onChange(Runnable listener);

    /** Takes back a deletion. */
    @FunctionalInterface
    interface Undo {
        void undo() throws IOException;
    }

    /** For a bank without own cards (tests, the bundled bank alone). */
    static CardActions none() {
        return new None();
    }

    /** No own cards: nothing is editable or deletable, and nothing changes (a test may override what it needs). */
    class None implements CardActions {
        @Override
        public boolean isOwn(String questionId) {
            return false;
        }

        @Override
        public Optional<SourceStatus> sourceStatus(String questionId) {
            return Optional.empty();
        }

        @Override
        public void edit(Question card) {
        }

        @Override
        public void copyToMine(Question question) {
        }

        @Override
        public Undo delete(String questionId) throws IOException {
            throw new IOException("There are no own cards here.");
        }

        @Override
        public void onChange(Runnable listener) {
        }
    }
}
