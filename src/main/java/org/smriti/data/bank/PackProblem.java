package org.smriti.data.bank;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * One thing wrong with a pack.
 *
 * @param file       the pack's name, e.g. {@code defence.json} (user packs: {@code packs/mine.json})
 * @param questionId the question's id, {@code questions[3]} if it has no usable id, {@code null} for the pack itself
 * @param field      the field, as a path such as {@code statements[1].correct}; {@code null} when not about one field
 * @param message    what is wrong
 */
public record PackProblem(String file, String questionId, String field, String message) {

    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code defence.json: def-jimex-mcq: answer: 5 is not an option index (0-3)}; absent parts are left out. */
    @Override
    public String toString() {
        StringJoiner line = new StringJoiner(": ");
        line.add(file);
        if (questionId != null) {
            line.add(questionId);
        }
        if (field != null) {
            line.add(field);
        }
        return line.add(message).toString();
    }
}
