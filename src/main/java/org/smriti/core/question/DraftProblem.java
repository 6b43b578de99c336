package org.smriti.core.question;

import java.util.Objects;

/**
 * What is wrong with a draft card, as the pack validator says it.
 *
 * @param field the field as a path ({@code prompt}, {@code options[2]}, {@code source.quote}), or {@code null} when
 *              the problem is the card's as a whole
 */
public record DraftProblem(String field, String message) {
    public DraftProblem {
        Objects.requireNonNull(message, "message");
    }

    /** Whether the problem concerns {@code path} or something inside it ({@code options} covers {@code options[1]}). */
    public boolean concerns(String path) {
        return field != null && (field.equals(path) || field.startsWith(path + "[") || field.startsWith(path + "."));
    }
}
