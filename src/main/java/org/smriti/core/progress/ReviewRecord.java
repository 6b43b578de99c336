package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;

/**
 * One entry of a card's review history, enough for statistics (reviews per day, pass/fail by phase).
 *
 * @param at             when the review happened
 * @param rating         the rating given
 * @param durationMillis time taken
 * @param stateBefore    the card's state before the review (tells a lapse from a failed learning step)
 * @param stateAfter     the card's state after the review
 */
public record ReviewRecord(Instant at, Rating rating, long durationMillis, CardState stateBefore,
                           CardState stateAfter) {

    public ReviewRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
    }

    static ReviewRecord of(ReviewEvent review) {
        return new ReviewRecord(review.at(), review.rating(), review.durationMillis(), review.before().state(),
                review.after().state());
    }

    /** Whether the answer counts as remembered (anything but Again). */
    public boolean passed() {
        return rating != Rating.AGAIN;
    }
}
