package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.UndoEvent;

/**
 * The review histories in a progress journal: each card's reviews in journal order, an undo taking back the card's
 * last review (as {@link org.smriti.core.progress.CardProgress} does) and a reset ending the card's current history
 * so that its next review starts a new one. Other events change nothing here.
 */
public final class ReviewHistories {

    private ReviewHistories() {
    }

    /** @param events the journal's events, in order */
    public static List<ReviewHistory> of(List<? extends ProgressEvent> events) {
        Map<String, CardLog> cards = new LinkedHashMap<>();
        for (ProgressEvent event : events) {
            if (event instanceof ReviewEvent) {
                ReviewEvent review = (ReviewEvent) event;
                cards.computeIfAbsent(review.questionId(), k -> new CardLog())
                        .reviews.add(new LoggedReview(review.at(), review.rating()));
            } else if (event instanceof UndoEvent) {
                CardLog card = cards.get(((UndoEvent) event).questionId());
                if (card != null && !card.reviews.isEmpty()) {
                    card.reviews.remove(card.reviews.size() - 1);
                    card.ends.replaceAll(end -> Math.min(end, card.reviews.size()));
                }
            } else if (event instanceof ResetEvent) {
                CardLog card = cards.get(((ResetEvent) event).questionId());
                if (card != null) {
                    card.ends.add(card.reviews.size());
                }
            }
        }
        List<ReviewHistory> histories = new ArrayList<>();
        cards.forEach((id, card) -> {
            card.ends.add(card.reviews.size());
            int from = 0;
            for (int to : card.ends) {
                if (to > from) {
                    histories.add(new ReviewHistory(id, card.reviews.subList(from, to)));
                    from = to;
                }
            }
        });
        return histories;
    }

    /** One card's reviews and where a reset ended each of its histories (review counts, in order). */
    private static final class CardLog {
        final List<LoggedReview> reviews = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
    }
}
