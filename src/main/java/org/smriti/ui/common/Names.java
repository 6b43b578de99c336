package org.smriti.ui.common;

import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.QuestionType;

/** What the screens call the app's kinds of things, so every screen says it the same way. */
public final class Names {

    private Names() {
    }

    /** "Multiple choice", "Statement I / II", … — never the pack file's id. */
    public static String of(QuestionType type) {
        switch (type) {
            case MCQ: return "Multiple choice";
            case STATEMENTS: return "Statements";
            case PAIRS: return "Pairs";
            case ASSERTION: return "Statement I / II";
            case CHRONOLOGY: return "Chronology";
            case FLASHCARD: return "Flashcard";
            case CLOZE: return "Cloze";
            case DESCRIPTIVE: return "Mains (descriptive)";
            default: throw new IllegalArgumentException("unnamed type " + type);
        }
    }

    /** "Again", "Hard", "Good", "Easy", as in Anki. */
    public static String of(Rating rating) {
        switch (rating) {
            case AGAIN: return "Again";
            case HARD: return "Hard";
            case GOOD: return "Good";
            case EASY: return "Easy";
            default: throw new IllegalArgumentException("unnamed rating " + rating);
        }
    }
}
