package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource({
            "2, 2",
            "'-2/3', -2/3",
            "' 4 / -6 ', -2/3",
            "0.5, 1/2",
            "-0.25, -1/4",
            "+1, 1",
            "0, 0",
            "1E1, 10"})
    void parseReadsWholeDecimalAndFractionText(String text, String exact) {
        assertThat(Fraction.parse(text).toString()).isEqualTo(exact);
    }

    @ParameterizedTest
    @CsvSource({"two", "1/0", "''", "1/2/3"})
    void parseRejectsTextThatIsNotANumberNamingIt(String text) {
        assertThatThrownBy(() -> Fraction.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void threeDeductionsOfTwoThirdsAreExactlyTwo() {
        Fraction penalty = Fraction.of(-2, 3);
        Fraction total = Fraction.ZERO.plus(penalty).plus(penalty).plus(penalty);
        assertThat(total).isEqualTo(Fraction.of(-2));
        assertThat(total.toDecimalString(2)).isEqualTo("-2.00");
    }

    @ParameterizedTest(name = "{0}/{1} shows as {2}")
    @CsvSource({
            "-2, 3, -0.67",
            "2, 3, 0.67",
            "-200, 3, -66.67",
            "1, 8, 0.13",
            "7, 1, 7.00"})
    void decimalTextIsRoundedHalfAwayFromZero(long n, long d, String text) {
        assertThat(Fraction.of(n, d).toDecimalString(2)).isEqualTo(text);
    }

    @Test
    void fractionsCompareByValueNotByTerms() {
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(-2, 3).compareTo(Fraction.of(-1, 2))).isNegative();
    }

    @Test
    void zeroDenominatorIsRejected() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
