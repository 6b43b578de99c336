package org.smriti.data.journal;

import java.util.Optional;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.data.json.JsonFormatException;

/**
 * What one journal line holds, judged from its bytes alone. Whether a damaged line is a torn last line (a crash
 * mid-write) or damage to repair depends on where it is, which {@link JournalRecovery} decides.
 */
sealed interface LineVerdict {

    /** An event this version knows. */
    record Event(ProgressEvent event) implements LineVerdict {
    }

    /** An intact line of an event type or format version this version does not know: kept, skipped. */
    record Unknown(String type, int version) implements LineVerdict {
    }

    /**
     * An intact line of a known type whose content could not be interpreted: kept, skipped.
     *
     * @param question the line's {@code questionId} as written (JSON), if it has one
     */
    record Unreadable(Optional<String> question, String reason) implements LineVerdict {

        /** The question, if any, and the reason, to follow a line number. */
        String describe() {
            return question.map(q -> " (question " + q + ")").orElse("") + ": " + reason;
        }
    }

    /** The checksum or the structure of the line is wrong. */
    record Damaged(String reason) implements LineVerdict {
    }

    /** The verdict on {@code bytes[from, to)}, a line without its newline. */
    static LineVerdict of(byte[] bytes, int from, int to, EventCodec codec) {
        JournalLines.Parsed p;
        try {
            JournalLines.verify(bytes, from, to);
            ProgressEvent canonical = CanonicalLines.decode(bytes, from, to);
            if (canonical != null) {
                return new Event(canonical);
            }
            p = JournalLines.parseVerified(bytes, from, to);
        } catch (JournalLines.Damaged d) {
            return new Damaged(d.getMessage());
        }
        if (p.version() != JournalLines.VERSION || !codec.knows(p.type())) {
            return new Unknown(p.type(), p.version());
        }
        try {
            return new Event(codec.decode(p.type(), p.data()));
        } catch (JsonFormatException | IllegalArgumentException e) {
            Optional<String> question = Optional.ofNullable(p.data().get("questionId")).map(Object::toString);
            return new Unreadable(question, e.getMessage());
        }
    }
}
