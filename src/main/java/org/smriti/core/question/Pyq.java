package org.smriti.core.question;

import java.util.Objects;

/** Marks a previous-year question, e.g. UPSC CSE Prelims, GS Paper I, 2020. */
public record Pyq(String exam, String paper, int year) {
    public Pyq {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(paper, "paper");
    }
}
