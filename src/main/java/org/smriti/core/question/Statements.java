package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * UPSC's "Consider the following statements" with 2-4 statements, each true or false.
 * The four options are derived from the truth values by {@link OptionDerivation}, deterministically, unless the
 * author chose them (style {@code which} with 3-4 statements only).
 *
 * @param chosenOptions the four combinations the author chose, each as ascending statement numbers
 *                      ({@code [1, 3]} is "1 and 3 only"); empty when the options are derived
 */
public record Statements(QuestionMeta meta, List<Statement> statements, Style style,
                         List<List<Integer>> chosenOptions) implements ObjectiveQuestion {

    public Statements {
        statements = List.copyOf(statements);
        Objects.requireNonNull(style, "style");
        chosenOptions = chosenOptions.stream().map(List::copyOf).toList();
    }

    /** A question whose options are derived. */
    public Statements(QuestionMeta meta, List<Statement> statements, Style style) {
        this(meta, statements, style, List.of());
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

    /** The numbers of the true statements, ascending ({@code [1, 3]} when statements 1 and 3 hold). */
    public List<Integer> correctCombination() {
        return correctCombination(statements);
    }

    /** The numbers of the true ones among {@code statements}, ascending. */
    public static List<Integer> correctCombination(List<Statement> statements) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).correct()) {
                numbers.add(i + 1);
            }
        }
        return List.copyOf(numbers);
    }

    /** Whether {@code numbers} names a combination of statements 1..{@code count}: not empty, ascending, no repeats. */
    public static boolean isCombination(List<Integer> numbers, int count) {
        int previous = 0;
        for (int number : numbers) {
            if (number <= previous || number > count) {
                return false;
            }
            previous = number;
        }
        return !numbers.isEmpty();
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
