package org.smriti.core.question;

import java.util.List;
import java.util.Objects;

/**
 * "Consider the following pairs (Left : Right)" - "How many of the above pairs are correctly matched?".
 * A wrong pair stores the wrong right-hand side as shown, and the true one in {@link Pair#actual()}.
 */
public record Pairs(QuestionMeta meta, String leftHeader, String rightHeader, List<Pair> pairs)
        implements ObjectiveQuestion {

    public static final String CLOSING_QUESTION = "How many of the above pairs are correctly matched?";

    public Pairs {
        Objects.requireNonNull(leftHeader, "leftHeader");
        Objects.requireNonNull(rightHeader, "rightHeader");
        pairs = List.copyOf(pairs);
    }

    @Override
    public QuestionType type() {
        return QuestionType.PAIRS;
    }

    @Override
    public List<String> options() {
        return OptionDerivation.forPairs(this).options();
    }

    @Override
    public int correctOption() {
        return OptionDerivation.forPairs(this).correct();
    }

    /**
     * @param left    left-hand side as shown
     * @param right   right-hand side as shown
     * @param correct whether the shown pair is correctly matched
     * @param actual  for a wrong pair, the correct right-hand side; {@code null} for a correct pair
     */
    public record Pair(String left, String right, boolean correct, String actual) {
        public Pair {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }
}
