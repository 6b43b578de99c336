package org.smriti.ui.review;

import java.util.function.DoubleConsumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.ui.review.ReviewViewModel.Phase;

/**
 * Review's keyboard, in one place. While asking: 1–4 or A–D choose, Enter checks, Space shows a recall card's
 * answer. After the answer: 1–4 rate, Space is Good, Enter takes the suggested rating. Ctrl+B (or B when not
 * choosing an option) bookmarks, E edits an own card (as in Anki), Ctrl+Z undoes, ↑ ↓ PgUp PgDn scroll. On a
 * summary whose learning cards fell due, Enter continues.
 */
final class ReviewKeys {

    private final ReviewViewModel model;
    private final DoubleConsumer scrollBy;

    /** @param scrollBy scrolls the card by a fraction of its height (negative: up) */
    ReviewKeys(ReviewViewModel model, DoubleConsumer scrollBy) {
        this.model = model;
        this.scrollBy = scrollBy;
    }

    void handle(KeyEvent e) {
        Phase phase = model.phaseProperty().get();
        if (phase == Phase.FINISHED && e.getCode() == KeyCode.ENTER && model.session().canContinueProperty().get()) {
            model.continueSession();
            e.consume();
            return;
        }
        if (phase != Phase.ASKING && phase != Phase.ANSWERED) {
            return;
        }
        if (e.isShortcutDown()) {
            shortcut(e);
            return; // Ctrl+digits belong to the navigation
        }
        KeyCode code = e.getCode();
        if (scroll(code)) {
            e.consume();
            return;
        }
        boolean handled = phase == Phase.ASKING ? asking(code) : answered(code);
        if (handled) {
            e.consume();
        }
    }

    private void shortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.Z) {
            model.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.B) {
            model.toggleBookmark();
            e.consume();
        }
    }

    private boolean scroll(KeyCode code) {
        double step = switch (code) {
            case UP -> -0.1;
            case DOWN -> 0.1;
            case PAGE_UP -> -0.5;
            case PAGE_DOWN -> 0.5;
            default -> 0;
        };
        if (step == 0) {
            return false;
        }
        scrollBy.accept(step);
        return true;
    }

    private boolean asking(KeyCode code) {
        boolean choosing = model.questionProperty().get() instanceof ObjectiveQuestion;
        // While an option is being chosen B means option (b); otherwise it bookmarks (Ctrl+B always does).
        int option = choosing ? Math.max(digit(code), letter(code)) : -1;
        if (option >= 0) {
            model.choose(option);
        } else if (code == KeyCode.B) {
            model.toggleBookmark();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            model.reveal();
        } else if (code == KeyCode.E) {
            model.edit();
        } else {
            return false;
        }
        return true;
    }

    private boolean answered(KeyCode code) {
        int digit = digit(code);
        if (digit >= 0) {
            model.rate(Rating.values()[digit]);
        } else if (code == KeyCode.SPACE) {
            model.rate(Rating.GOOD);
        } else if (code == KeyCode.ENTER) {
            model.rateSuggested();
        } else if (code == KeyCode.B) {
            model.toggleBookmark();
        } else if (code == KeyCode.E) {
            model.edit();
        } else {
            return false;
        }
        return true;
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
    }

    private static int letter(KeyCode code) {
        return switch (code) {
            case A -> 0;
            case B -> 1;
            case C -> 2;
            case D -> 3;
            default -> -1;
        };
    }
}
