package org.smriti.core.fsrs.optimizer;

import java.util.concurrent.CancellationException;

/**
 * Receives how far a long computation is, as a fraction 0..1, and can stop it: returning {@code false} makes the
 * computation throw {@link CancellationException} at its next check. Called from the computing thread.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores progress and never cancels. */
    Progress NONE = fraction -> true;

    /** @return whether to keep going */
    boolean update(double fraction);

    /** This progress seen from a part of the work that covers [{@code from}, {@code to}] of the whole. */
    default Progress part(double from, double to) {
        return fraction -> update(from + (to - from) * fraction);
    }

    /** Reports {@code fraction}; throws when the receiver asked to stop. */
    default void report(double fraction) {
        if (!update(fraction)) {
            throw new CancellationException("stopped on request");
        }
    }
}
