package org.smriti.core.question;

import java.util.List;
import java.util.Objects;

/**
 * UPSC's "Consider the following statements" with 2-4 statements, each true or false.
 * The four options are derived from the truth values by {@link OptionDerivation}, deterministically.
 */
public record Statements(QuestionMeta meta, List<Statement> statements, Style style) implements ObjectiveQuestion {

    public Statements {
        statements = List.copyOf(statements);
        Objects.requireNonNull(style, "style");
    }

    @Override
    public QuestionType type() {
        return QuestionType.STATEMENTS;
    }

    @Override
    public List<String> options() {
        return OptionDerivation.forStatements(this).options();
    }

    @Override
    public int correctOption() {
        return OptionDerivation.forStatements(this).correct();
    }

    /** The closing question: which ones are correct, or how many. */
    public String closingQuestion() {
        return style == Style.WHICH
                ? "Which of the statements given above is/are correct?"
                : "How many of the above statements are correct?";
    }

    public record Statement(String text, boolean correct) {
        public Statement {
            Objects.requireNonNull(text, "text");
        }
    }

    public enum Style {
        /** "Which of the statements given above is/are correct?" */
        WHICH("which"),
        /** "How many of the above statements are correct?" */
        HOW_MANY("how-many");

        private final String id;

        Style(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Style> fromId(String id) {
            return FileIds.find(values(), Style::id, id);
        }
    }
}
