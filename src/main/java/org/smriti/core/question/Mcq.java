package org.smriti.core.question;

import java.util.List;

/** Single answer among four options. */
public record Mcq(QuestionMeta meta, List<String> options, int correctOption) implements ObjectiveQuestion {
    public Mcq {
        options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MCQ;
    }
}
