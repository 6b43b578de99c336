package org.smriti.core.question;

import java.util.Optional;

/** The question formats, named as in pack files ({@code "type": "mcq"}). */
public enum QuestionType {
    MCQ("mcq", true),
    STATEMENTS("statements", true),
    PAIRS("pairs", true),
    ASSERTION("assertion", true),
    CHRONOLOGY("chronology", true),
    FLASHCARD("flashcard", false),
    CLOZE("cloze", false),
    DESCRIPTIVE("descriptive", false);

    private final String id;
    private final boolean objective;

    QuestionType(String id, boolean objective) {
        this.id = id;
        this.objective = objective;
    }

    public String id() {
        return id;
    }

    /** Objective types have four options and one key; only they appear in mock tests. */
    public boolean isObjective() {
        return objective;
    }

    public static Optional<QuestionType> fromId(String id) {
        return FileIds.find(values(), QuestionType::id, id);
    }
}
