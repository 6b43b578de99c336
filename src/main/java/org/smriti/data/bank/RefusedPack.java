package org.smriti.data.bank;

import java.util.List;

/** A pack that was not loaded at all, with every problem found in it. */
public record RefusedPack(String file, List<PackProblem> problems) {
    public RefusedPack {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": a refused pack needs at least one problem");
        }
    }
}
