package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes rare first-interval groups before training, as fsrs-rs's {@code prepare_training_data} does
 * ({@code dataset.rs}): the items scoring a card's first long-term review are grouped by the card's first rating
 * and that review's gap; per first rating, the smallest groups (at least 20 items, or 5 % of the rating's items)
 * are dropped, and so is any remaining group of fewer than 6 items or a gap over 100 days (365 after Easy). A
 * card whose (first rating, first gap) group was dropped leaves training altogether. With fewer than 20 such
 * items for a rating, every group of that rating is dropped.
 */
final class Outliers {

    /**
     * @param initialization the kept first-long-term items, for pre-training the initial stabilities
     * @param training       the items of every card not dropped, in the input's order
     */
    record Split(List<TrainingItem> initialization, List<TrainingItem> training) {
    }

    private Outliers() {
    }

    static Split split(List<TrainingItem> items) {
        // first rating → first gap → indices, both in ascending order
        Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            TrainingItem item = items.get(i);
            if (item.hasOneLongTermReview()) {
                groups.computeIfAbsent(item.reviews().get(0).rating(), k -> new TreeMap<>())
                        .computeIfAbsent(item.target().deltaT(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Set<Integer>> removedGaps = new ArrayList<>();
        for (int rating = 0; rating <= 4; rating++) {
            removedGaps.add(new HashSet<>());
        }
        List<TrainingItem> initialization = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Integer>>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Map.Entry<Integer, List<Integer>>> subGroups = new ArrayList<>(byRating.getValue().entrySet());
            // smallest group first, ties by smaller gap (fsrs-rs sorts by size desc, gap desc, then walks it backwards)
            subGroups.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size())
                    : Integer.compare(a.getKey(), b.getKey()));
            int total = 0;
            for (Map.Entry<Integer, List<Integer>> g : subGroups) {
                total += g.getValue().size();
            }
            int removed = 0;
            for (Map.Entry<Integer, List<Integer>> g : subGroups) {
                int gap = g.getKey();
                int size = g.getValue().size();
                if (removed + size >= Math.max(20, total / 20)) {
                    if (size >= 6 && gap <= (rating != 4 ? 100 : 365)) {
                        g.getValue().forEach(i -> initialization.add(items.get(i)));
                    } else {
                        removedGaps.get(rating).add(gap);
                    }
                } else {
                    removed += size;
                    removedGaps.get(rating).add(gap);
                }
            }
        }
        List<TrainingItem> training = new ArrayList<>(items.size());
        for (TrainingItem item : items) {
            if (!removedGaps.get(item.reviews().get(0).rating()).contains(item.firstLongTermReview().deltaT())) {
                training.add(item);
            }
        }
        return new Split(initialization, training);
    }
}
