package org.smriti.core.stats;

import java.util.OptionalDouble;

/**
 * A count of successes out of attempts: reviews passed, mock answers right.
 *
 * @param passed successes, 0..total
 * @param total  attempts
 */
public record Rate(int passed, int total) {

    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (total < 0 || passed < 0 || passed > total) {
            throw new IllegalArgumentException("rate needs 0 <= passed <= total, was " + passed + "/" + total);
        }
    }

    /** Passed share 0..1; empty when there were no attempts. */
    public OptionalDouble share() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / total);
    }

    public Rate plus(Rate other) {
        return new Rate(passed + other.passed, total + other.total);
    }

    /** This rate with one more attempt. */
    public Rate add(boolean success) {
        return new Rate(passed + (success ? 1 : 0), total + 1);
    }
}
