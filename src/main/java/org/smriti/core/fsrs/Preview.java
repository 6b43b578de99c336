package org.smriti.core.fsrs;

import java.util.Objects;

/** The four possible outcomes of answering a card now, one per {@link Rating}. */
public record Preview(ReviewResult again, ReviewResult hard, ReviewResult good, ReviewResult easy) {

    public Preview {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    public ReviewResult get(Rating rating) {
        switch (rating) {
            case AGAIN:
                return again;
            case HARD:
                return hard;
            case GOOD:
                return good;
            default:
                return easy;
        }
    }
}
