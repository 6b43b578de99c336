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
 * @param source      the passage the fact comes from; {@code null} only for own cards made without one
 * @param pyq         set for previous-year questions, otherwise {@code null}
 * @param tags        free tags, possibly none
 */
public record QuestionMeta(
        String id,
        String prompt,
        String explanation,
        List<Topic> topics,
        int difficulty,
        SourceRef source,
        Pyq pyq,
        List<String> tags) {

    public QuestionMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(explanation, "explanation");
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(id + ": a question needs at least one topic");
        }
        tags = List.copyOf(tags);
    }

    /** A question without tags, as every bundled question is. */
    public QuestionMeta(String id, String prompt, String explanation, List<Topic> topics, int difficulty,
            SourceRef source, Pyq pyq) {
        this(id, prompt, explanation, topics, difficulty, source, pyq, List.of());
    }

    /** The same question under another id and prompt (a cloze note's cards share everything else). */
    public QuestionMeta withIdAndPrompt(String newId, String newPrompt) {
        return new QuestionMeta(newId, newPrompt, explanation, topics, difficulty, source, pyq, tags);
    }

    public Optional<Pyq> pyqOptional() {
        return Optional.ofNullable(pyq);
    }
}
