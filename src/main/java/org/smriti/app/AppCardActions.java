package org.smriti.app;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceStatus;
import org.smriti.study.Library;
import org.smriti.ui.common.CardActions;

/** Connects Browse's card actions to the aspirant's own cards and to the card editor. */
final class AppCardActions implements CardActions {

    private final Library library;
    private final Consumer<Question> edit;
    private final Consumer<Question> copy;

    /**
     * @param edit opens the editor on an own card
     * @param copy opens the editor on a copy of a bundled question
     */
    AppCardActions(Library library, Consumer<Question> edit, Consumer<Question> copy) {
        this.library = library;
        this.edit = edit;
        this.copy = copy;
    }

    @Override
    public boolean isOwn(String questionId) {
        return library.isOwnCard(questionId);
    }

    @Override
    public Optional<SourceStatus> sourceStatus(String questionId) {
        return library.sourceStatus(questionId);
    }

    @Override
    public void edit(Question card) {
        edit.accept(card);
    }

    @Override
    public void copyToMine(Question question) {
        copy.accept(question);
    }

    @Override
    public Undo delete(String questionId) throws IOException {
        Library.Deleted deleted = library.delete(questionId);
        return () -> library.undo(deleted);
    }

    @Override
    public void onChange(Runnable listener) {
        library.onChange(listener);
    }
}
