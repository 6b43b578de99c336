package org.smriti.ui.common;

import java.util.Locale;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MockResult;

/** A mock test's marks as UPSC result sheets print them, the same on Home, Results and History. */
public final class MockScores {

    private MockScores() {
    }

    /** {@code 12.67 / 20 (63.3 %)}. */
    public static String score(MockResult result) {
        return marks(result.score()) + " / " + marks(result.maxScore()) + " (" + percent(result.scorePercent()) + ")";
    }

    /** Whole marks as they are, others with two decimals; the exact fraction is kept for sums. */
    public static String marks(Fraction f) {
        return f.denominator() == 1 ? Long.toString(f.numerator()) : f.toDecimalString(2);
    }

    /** {@code +2} or {@code -0.67}: a change of marks. */
    public static String signedMarks(Fraction f) {
        return f.signum() > 0 ? "+" + marks(f) : marks(f);
    }

    /** {@code 63.3 %}. */
    public static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", p);
    }
}
