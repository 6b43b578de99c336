package org.smriti.ui.sources;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.smriti.core.question.CardDraft;

/**
 * The Sources screen's keys: Ctrl+K makes a card, Ctrl+F finds, Ctrl+C copies the selected passage; while a
 * suggestion shows, Enter accepts, E edits and Delete skips it; Esc closes the find bar, then the suggestions,
 * then clears the selection. None acts while a note is being edited.
 */
final class SourcesKeys {

    private final SourcesViewModel model;
    private final Consumer<CardDraft> editor;
    private final Runnable makeCard;
    private final Runnable find;

    /**
     * @param editor   opens the card editor on a draft
     * @param makeCard makes a card from the selection
     * @param find     opens the find bar
     */
    SourcesKeys(SourcesViewModel model, Consumer<CardDraft> editor, Runnable makeCard, Runnable find) {
        this.model = model;
        this.editor = editor;
        this.makeCard = makeCard;
        this.find = find;
    }

    /** An event filter: these shortcuts work wherever the focus is on the page. */
    void shortcut(KeyEvent e) {
        if (editing() || !e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.K) {
            makeCard.run();
            e.consume();
        } else if (e.getCode() == KeyCode.F) {
            find.run();
            e.consume();
        } else if (e.getCode() == KeyCode.C && !SourcesPage.typing((Node) e.getSource())
                && !model.selectedText().isEmpty()) {
            SourcesPage.copy(model.selectedText());
            e.consume();
        }
    }

    /** An event handler: text fields and buttons see these keys first. */
    void suggestionKey(KeyEvent e) {
        if (editing() || SourcesPage.typing((Node) e.getSource()) || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        SuggestionModel s = model.suggestions();
        boolean suggesting = s.showingProperty().get() && s.currentProperty().get() != null;
        switch (e.getCode()) {
            case ENTER -> act(e, suggesting, s::accept);
            case E -> act(e, suggesting, () -> s.edit().ifPresent(editor));
            case DELETE -> act(e, suggesting, s::skip);
            case ESCAPE -> act(e, true, this::escape);
            default -> {
            }
        }
    }

    private boolean editing() {
        return model.editor().modeProperty().get() != NoteEditorModel.Mode.CLOSED;
    }

    private static void act(KeyEvent e, boolean when, Runnable action) {
        if (when) {
            action.run();
            e.consume();
        }
    }

    private void escape() {
        if (model.find().showingProperty().get()) {
            model.find().close();
        } else if (model.suggestions().showingProperty().get()) {
            model.suggestions().close();
        } else {
            model.selectSpan(null);
        }
    }
}
