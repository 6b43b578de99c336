package org.smriti.core.fsrs.optimizer;

import java.util.List;
import java.util.Objects;

/**
 * The reviews of one card from its first review (as a new card) on, up to the end of the log or until the card was
 * reset. A card reset several times has one history per stretch.
 *
 * @param cardId  the card (for messages and grouping; several histories may share it)
 * @param reviews its reviews; the builder sorts them by time
 */
public record ReviewHistory(String cardId, List<LoggedReview> reviews) {

    public ReviewHistory {
        Objects.requireNonNull(cardId, "cardId");
        reviews = List.copyOf(reviews);
    }
}
