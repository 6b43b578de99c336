package org.smriti.core.question;

import java.util.Objects;

/** A prompt and an answer for active recall; no options. */
public record Flashcard(QuestionMeta meta, String answer) implements Question {
    public Flashcard {
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public QuestionType type() {
        return QuestionType.FLASHCARD;
    }
}
