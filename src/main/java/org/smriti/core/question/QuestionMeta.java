package org.smriti.core.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every question has, whatever its type.
 *
 * @param id          stable identifier; progress is keyed by it forever
 * @param prompt      the question text
 * @param explanation why the answer is right (and, for objective types, why the distractors are wrong)
 * @param topics      one or more topics
 * @param difficulty  1 (easy) .. 3 (hard)
 * @param source      the passage the fact comes from
 * @param pyq         set for previous-year questions, otherwise {@code null}
 */
public record QuestionMeta(
        String id,
        String prompt,
        String explanation,
        List<Topic> topics,
        int difficulty,
        SourceRef source,
        Pyq pyq) {

    public QuestionMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(source, "source");
        topics = List.copyOf(topics);
    }

    public Optional<Pyq> pyqOptional() {
        return Optional.ofNullable(pyq);
    }
}
