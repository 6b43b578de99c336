package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.UndoEvent;

/** Review histories from journal events: undo takes a review back, a reset ends a history. */
class ReviewHistoriesTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private static ReviewEvent review(String id, int day, Rating rating) {
        Card card = Card.newCard(T0);
        return new ReviewEvent(id, rating, T0.plusSeconds(86_400L * day), 5000, card, card);
    }

    private static List<Rating> ratings(ReviewHistory h) {
        return h.reviews().stream().map(LoggedReview::rating).toList();
    }

    @Test
    void eachCardsReviewsMakeOneHistoryInJournalOrder() {
        List<ProgressEvent> events = List.of(review("a", 0, Rating.GOOD), review("b", 0, Rating.AGAIN),
                review("a", 2, Rating.HARD), new BookmarkEvent("a", true, T0));
        List<ReviewHistory> histories = ReviewHistories.of(events);
        assertThat(histories).extracting(ReviewHistory::cardId).containsExactly("a", "b");
        assertThat(ratings(histories.get(0))).containsExactly(Rating.GOOD, Rating.HARD);
    }

    @Test
    void anUndoneReviewIsNotInTheHistory() {
        List<ProgressEvent> events = List.of(review("a", 0, Rating.GOOD), review("a", 2, Rating.AGAIN),
                new UndoEvent("a", T0.plusSeconds(86_400 * 2 + 5), Card.newCard(T0)), review("a", 2, Rating.GOOD));
        assertThat(ratings(ReviewHistories.of(events).get(0))).containsExactly(Rating.GOOD, Rating.GOOD);
    }

    @Test
    void aResetEndsTheHistoryAndTheNextReviewStartsANewOne() {
        List<ProgressEvent> events = List.of(review("a", 0, Rating.GOOD), review("a", 3, Rating.GOOD),
                new ResetEvent("a", T0.plusSeconds(86_400 * 4)), review("a", 5, Rating.AGAIN),
                review("a", 6, Rating.GOOD));
        List<ReviewHistory> histories = ReviewHistories.of(events);
        assertThat(histories).hasSize(2).extracting(ReviewHistory::cardId).containsOnly("a");
        assertThat(ratings(histories.get(0))).containsExactly(Rating.GOOD, Rating.GOOD);
        assertThat(ratings(histories.get(1))).containsExactly(Rating.AGAIN, Rating.GOOD);
    }

    @Test
    void aResetOfANeverReviewedCardOrTwoResetsInARowMakeNoEmptyHistory() {
        List<ProgressEvent> events = List.of(new ResetEvent("a", T0), review("a", 1, Rating.GOOD),
                new ResetEvent("a", T0.plusSeconds(86_400 * 2)), new ResetEvent("a", T0.plusSeconds(86_400 * 3)),
                review("a", 4, Rating.GOOD));
        assertThat(ReviewHistories.of(events)).hasSize(2).allMatch(h -> h.reviews().size() == 1);
    }
}
