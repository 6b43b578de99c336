package org.smriti.core.mock;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator. Marks are kept this way so
 * that UPSC's −2/3 per wrong answer never accumulates floating-point error: three wrong answers are −2
 * exactly. Arithmetic throws {@link ArithmeticException} on overflow rather than giving a wrong answer.
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);

    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("fraction " + numerator + "/0 has a zero denominator");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long g = gcd(Math.abs(numerator), denominator);
        numerator /= g;
        denominator /= g;
    }

    public static Fraction of(long whole) {
        return new Fraction(whole, 1);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * Reads what an aspirant types when editing a marking scheme: a whole number ({@code "2"}), a decimal
     * ({@code "0.5"}, {@code "-0.25"}) or a fraction ({@code "2/3"}, {@code "-1/3"}).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Fraction parse(String text) {
        String s = text.trim();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return new Fraction(Long.parseLong(s.substring(0, slash).trim()),
                        Long.parseLong(s.substring(slash + 1).trim()));
            }
            BigDecimal d = new BigDecimal(s);
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            return new Fraction(d.unscaledValue().longValueExact(),
                    BigInteger.TEN.pow(d.scale()).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a number or fraction: '" + text + "'", e);
        }
    }

    public Fraction plus(Fraction other) {
        return new Fraction(
                Math.addExact(Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator)),
                Math.multiplyExact(denominator, other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction times(long factor) {
        return new Fraction(Math.multiplyExact(numerator, factor), denominator);
    }

    public Fraction negate() {
        return new Fraction(Math.negateExact(numerator), denominator);
    }

    public int signum() {
        return Long.signum(numerator);
    }

    public double toDouble() {
        return (double) numerator / denominator;
    }

    /** Decimal text rounded half away from zero, e.g. −2/3 with 2 places is {@code "-0.67"}, −2 is {@code "-2.00"}. */
    public String toDecimalString(int places) {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), places, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Override
    public int compareTo(Fraction other) {
        return Long.signum(Math.subtractExact(
                Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)));
    }

    /** {@code "2"}, {@code "-2/3"}: the exact form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
