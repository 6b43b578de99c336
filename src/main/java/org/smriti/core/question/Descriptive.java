package org.smriti.core.question;

import java.util.List;

/** A Mains-style question with model answer points; self-graded and never in mock tests. */
public record Descriptive(QuestionMeta meta, List<String> points) implements Question {
    public Descriptive {
        points = List.copyOf(points);
    }

    @Override
    public QuestionType type() {
        return QuestionType.DESCRIPTIVE;
    }
}
