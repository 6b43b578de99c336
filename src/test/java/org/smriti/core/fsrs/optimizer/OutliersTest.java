package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fsrs-rs's outlier filter ({@code dataset.rs}). */
class OutliersTest {

    /** A card's first long-term item and, optionally, its next one. */
    private static void card(List<TrainingItem> items, int firstRating, int gap, boolean withLater) {
        List<TrainingReview> reviews = new ArrayList<>(List.of(new TrainingReview(firstRating, 0),
                new TrainingReview(3, gap)));
        items.add(TrainingItem.of(reviews));
        if (withLater) {
            reviews.add(new TrainingReview(3, gap * 3));
            items.add(TrainingItem.of(reviews));
        }
    }

    @Test
    void aFirstRatingWithFewerThanTwentyItemsIsLeftOutEntirely() {
        List<TrainingItem> items = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            card(items, 4, 3, true);
        }
        Outliers.Split split = Outliers.split(items);
        assertThat(split.initialization()).isEmpty();
        assertThat(split.training()).isEmpty();
    }

    @Test
    void theSmallestGapGroupsGoFirstAndTheirCardsLeaveTraining() {
        List<TrainingItem> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            card(items, 3, 1, false);
        }
        for (int i = 0; i < 30; i++) {
            card(items, 3, 2, false);
        }
        for (int i = 0; i < 5; i++) {
            card(items, 3, 9, true); // 5 cards: removed first (the smallest group)
        }
        Outliers.Split split = Outliers.split(items);
        // at least 20 go: the 5 first; 5 + 30 reaches 20, so the group of 30 is the first kept, then the 100
        assertThat(split.initialization()).hasSize(130);
        assertThat(split.training()).hasSize(130).noneMatch(item -> item.reviews().get(1).deltaT() == 9);
    }

    @Test
    void aKeptGroupNeedsSixItemsAndAGapOfAtMostHundredDays() {
        List<TrainingItem> items = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            card(items, 3, 1, false);
        }
        for (int i = 0; i < 30; i++) {
            card(items, 3, 120, false);
        }
        Outliers.Split split = Outliers.split(items);
        // the 25 make the 20 needed and are kept; the 30 would be too, but 120 days is too long a first interval
        assertThat(split.initialization()).hasSize(25);
        assertThat(split.training()).hasSize(25).allMatch(item -> item.target().deltaT() == 1);
    }
}
