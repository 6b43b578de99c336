package org.smriti.core.question;

import java.util.List;

/**
 * Derives the four options of statement, pair and chronology questions from their data, deterministically
 * (same question, same options, in the same order, on every run).
 */
public final class OptionDerivation {

    private OptionDerivation() {
    }

    /** Four option texts and the index of the correct one. */
    public record Derived(List<String> options, int correct) {
        public Derived {
            options = List.copyOf(options);
        }
    }

    public static Derived forStatements(Statements q) {
        throw new UnsupportedOperationException("statement options are not derived yet (issue 3)");
    }

    public static Derived forPairs(Pairs q) {
        throw new UnsupportedOperationException("pair options are not derived yet (issue 3)");
    }

    public static Derived forChronology(Chronology q) {
        throw new UnsupportedOperationException("chronology options are not derived yet (issue 3)");
    }
}
