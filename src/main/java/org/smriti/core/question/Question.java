package org.smriti.core.question;

import java.util.List;
import java.util.Optional;

/** One question of the bank. Each type is a record; common data lives in {@link QuestionMeta}. */
public sealed interface Question permits ObjectiveQuestion, Flashcard, Cloze, Descriptive {

    QuestionMeta meta();

    QuestionType type();

    default String id() {
        return meta().id();
    }

    default String prompt() {
        return meta().prompt();
    }

    default String explanation() {
        return meta().explanation();
    }

    default List<Topic> topics() {
        return meta().topics();
    }

    /** The first topic, used to spread queues and mock tests across topics. */
    default Topic primaryTopic() {
        return meta().topics().get(0);
    }

    default int difficulty() {
        return meta().difficulty();
    }

    /** The passage the fact comes from; empty only for the aspirant's own cards made without one. */
    default Optional<SourceRef> source() {
        return Optional.ofNullable(meta().source());
    }

    /** Free tags (the aspirant's, or an imported deck's); the bundled bank uses topics only. */
    default List<String> tags() {
        return meta().tags();
    }

    default Optional<Pyq> pyq() {
        return meta().pyqOptional();
    }
}
