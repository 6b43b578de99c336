package org.smriti.data.cards;

import java.io.IOException;
import java.util.List;

/**
 * The own cards would not load as they are or as they were about to be saved, so nothing was written. Each
 * problem names the card and the field, as the pack validator says it.
 */
public final class OwnCardsRefusedException extends IOException {

    private final List<String> problems;

    OwnCardsRefusedException(String what, List<String> problems) {
        super(what + ": " + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
