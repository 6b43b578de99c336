package org.smriti.core.question;

import java.util.List;

/**
 * What the pack validator made of a {@link CardDraft}: its problems, field by field, or the questions it becomes
 * (a cloze note becomes one card per deletion number).
 */
public record CheckedDraft(List<DraftProblem> problems, List<Question> cards) {

    public CheckedDraft {
        problems = List.copyOf(problems);
        cards = List.copyOf(cards);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems about {@code field} or inside it, e.g. every problem of {@code options}. */
    public List<DraftProblem> about(String field) {
        return problems.stream().filter(p -> p.concerns(field)).toList();
    }
}
