package org.smriti.core.mock;

import java.util.Objects;

/**
 * Marks for a right answer, a wrong answer and a blank, as signed exact numbers. UPSC GS Paper I gives
 * +2, −2/3 and 0; a test may use its own scheme (e.g. +1 / −1/3 / 0 or +2 / −0.5 / 0).
 *
 * @param right marks for a correct answer, positive
 * @param wrong marks for a wrong answer, zero or negative
 * @param blank marks for an unanswered question, between {@code wrong} and {@code right}
 */
public record MarkingScheme(Fraction right, Fraction wrong, Fraction blank) {

    public static final MarkingScheme UPSC = new MarkingScheme(Fraction.of(2), Fraction.of(-2, 3), Fraction.ZERO);

    public MarkingScheme {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(wrong, "wrong");
        Objects.requireNonNull(blank, "blank");
        if (right.signum() <= 0) {
            throw new IllegalArgumentException("marking scheme: marks for a right answer must be positive, got " + right);
        }
        if (wrong.signum() > 0) {
            throw new IllegalArgumentException("marking scheme: marks for a wrong answer must be zero or negative, got "
                    + wrong);
        }
        if (blank.compareTo(wrong) < 0 || blank.compareTo(right) > 0) {
            throw new IllegalArgumentException("marking scheme: marks for a blank (" + blank
                    + ") must lie between the wrong (" + wrong + ") and right (" + right + ") marks");
        }
    }

    public Fraction marksFor(Outcome outcome) {
        switch (outcome) {
            case CORRECT:
                return right;
            case WRONG:
                return wrong;
            default:
                return blank;
        }
    }

    /** The total for a test with these counts. */
    public Fraction total(int correct, int wrongCount, int blanks) {
        return right.times(correct).plus(wrong.times(wrongCount)).plus(blank.times(blanks));
    }

    /** What is deducted per wrong answer, as a non-negative number (2/3 for UPSC). */
    public Fraction penalty() {
        return wrong.negate();
    }

    /** As shown before a test starts: {@code "+2 / -2/3 / 0"}. */
    public String describe() {
        return "+" + right + " / " + wrong + " / " + blank;
    }
}
