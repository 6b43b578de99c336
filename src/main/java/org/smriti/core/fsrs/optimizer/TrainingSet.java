package org.smriti.core.fsrs.optimizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smriti.core.fsrs.DayClock;

/**
 * The training items of a review log, built as fsrs-rs's callers build them (Anki's {@code fsrs_items_for_training},
 * py-fsrs's optimiser):
 * <ul>
 *   <li>a card's history is its reviews in time order, from its first review up to a manual reset (a reset ends
 *       the history; the reviews after it are a new card's history, whose first review is again a first review);
 *   <li>the gap of a review is the number of study days since the previous review of the history, days starting
 *       at the {@link DayClock}'s rollover hour; the first review's gap is 0;
 *   <li>every review after the first whose gap is at least one day is a target: one item holding the whole history
 *       up to and including it. Same-day reviews (gap 0: learning steps, a relapse the same evening) are never
 *       targets but stay in the history, where the model applies its short-term stability to them;
 *   <li>items are ordered by their target's time (ties keep the log's order), which recency weighting relies on.
 * </ul>
 *
 * @param items     the items, oldest target first
 * @param reviews   the reviews of the histories that gave at least one item
 * @param histories how many such histories (cards, counting each reset stretch on its own)
 */
public record TrainingSet(List<TrainingItem> items, int reviews, int histories) {

    public TrainingSet {
        items = List.copyOf(items);
    }

    /** Builds the items of {@code log}, counting days with {@code clock}. */
    public static TrainingSet of(List<ReviewHistory> log, DayClock clock) {
        record Keyed(Instant at, int order, TrainingItem item) {
        }
        List<Keyed> keyed = new ArrayList<>();
        int reviews = 0;
        int histories = 0;
        for (ReviewHistory history : log) {
            List<LoggedReview> sorted = new ArrayList<>(history.reviews());
            sorted.sort(Comparator.comparing(LoggedReview::at)); // stable: equal times keep the log's order
            List<TrainingReview> replay = new ArrayList<>(sorted.size());
            int card = histories;
            int before = keyed.size();
            for (int i = 0; i < sorted.size(); i++) {
                long gap = i == 0 ? 0 : Math.max(0, clock.daysBetween(sorted.get(i - 1).at(), sorted.get(i).at()));
                replay.add(new TrainingReview(sorted.get(i).rating().grade(), (int) Math.min(gap, Integer.MAX_VALUE)));
                if (i > 0 && gap > 0) {
                    keyed.add(new Keyed(sorted.get(i).at(), keyed.size(), new TrainingItem(card, replay)));
                }
            }
            if (keyed.size() > before) {
                histories++;
                reviews += sorted.size();
            }
        }
        keyed.sort(Comparator.comparing(Keyed::at).thenComparingInt(Keyed::order));
        List<TrainingItem> items = new ArrayList<>(keyed.size());
        keyed.forEach(k -> items.add(k.item()));
        return new TrainingSet(items, reviews, histories);
    }
}
