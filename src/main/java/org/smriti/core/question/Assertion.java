package org.smriti.core.question;

import java.util.List;
import java.util.Objects;

/** UPSC's Statement-I / Statement-II format with its four standard options. */
public record Assertion(QuestionMeta meta, String statement1, String statement2, AssertionKey key)
        implements ObjectiveQuestion {

    /** UPSC's four standard options, in order (a)..(d). */
    public static final List<String> OPTIONS = List.of(
            "Both Statement-I and Statement-II are correct and Statement-II explains Statement-I",
            "Both Statement-I and Statement-II are correct, but Statement-II does not explain Statement-I",
            "Statement-I is correct, but Statement-II is incorrect",
            "Statement-I is incorrect, but Statement-II is correct");

    /** The question UPSC closes an assertion item with, before the options. */
    public static final String CLOSING_QUESTION =
            "Which one of the following is correct in respect of the above statements?";

    public Assertion {
        Objects.requireNonNull(statement1, "statement1");
        Objects.requireNonNull(statement2, "statement2");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public QuestionType type() {
        return QuestionType.ASSERTION;
    }

    @Override
    public List<String> options() {
        return OPTIONS;
    }

    @Override
    public int correctOption() {
        return key.ordinal();
    }

    /** The correct option of an assertion question, in the order of {@link #OPTIONS}. */
    public enum AssertionKey {
        BOTH_TRUE_EXPLAINS("both-true-explains"),
        BOTH_TRUE_NOT_EXPLAINS("both-true-not-explains"),
        ONLY_FIRST_TRUE("first-true-second-false"),
        ONLY_SECOND_TRUE("first-false-second-true");

        private final String id;

        AssertionKey(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<AssertionKey> fromId(String id) {
            return FileIds.find(values(), AssertionKey::id, id);
        }
    }
}
