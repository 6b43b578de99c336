package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Rating;

/** How a review log becomes training items (fsrs-rs's callers' rules). */
class TrainingSetTest {

    private static final DayClock FOUR_UTC = DayClock.of(ZoneOffset.UTC, 4);

    private static LoggedReview review(String at, Rating rating) {
        return new LoggedReview(Instant.parse(at), rating);
    }

    private static List<String> described(TrainingSet set) {
        List<String> out = new ArrayList<>();
        for (TrainingItem item : set.items()) {
            StringBuilder s = new StringBuilder();
            for (TrainingReview r : item.reviews()) {
                s.append(s.length() > 0 ? " " : "").append(r.rating()).append(':').append(r.deltaT());
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void theFirstReviewIsNeverATargetAndEachLaterDayIs() {
        TrainingSet set = TrainingSet.of(List.of(new ReviewHistory("q", List.of(
                review("2024-03-01T10:00:00Z", Rating.GOOD),
                review("2024-03-03T10:00:00Z", Rating.GOOD),
                review("2024-03-10T10:00:00Z", Rating.AGAIN)))), FOUR_UTC);
        assertThat(described(set)).containsExactly("3:0 3:2", "3:0 3:2 1:7");
        assertThat(set.reviews()).isEqualTo(3);
        assertThat(set.histories()).isEqualTo(1);
    }

    @Test
    void sameDayReviewsStayInTheHistoryButAreNotTargets() {
        TrainingSet set = TrainingSet.of(List.of(new ReviewHistory("q", List.of(
                review("2024-03-01T10:00:00Z", Rating.AGAIN),
                review("2024-03-01T10:01:00Z", Rating.GOOD),
                review("2024-03-02T09:00:00Z", Rating.AGAIN),
                review("2024-03-02T09:10:00Z", Rating.GOOD),
                review("2024-03-05T09:00:00Z", Rating.GOOD)))), FOUR_UTC);
        assertThat(described(set)).containsExactly("1:0 3:0 1:1", "1:0 3:0 1:1 3:0 3:3");
    }

    @Test
    void daysStartAtTheRolloverHour() {
        ReviewHistory lateNight = new ReviewHistory("q", List.of(
                review("2024-03-01T20:00:00Z", Rating.GOOD),
                review("2024-03-02T03:59:00Z", Rating.GOOD),   // still 1 March's study day at a 4 o'clock rollover
                review("2024-03-02T04:00:00Z", Rating.GOOD))); // the next study day
        assertThat(described(TrainingSet.of(List.of(lateNight), FOUR_UTC))).containsExactly("3:0 3:0 3:1");
        assertThat(described(TrainingSet.of(List.of(lateNight), DayClock.utc()))).containsExactly("3:0 3:1");
    }

    @Test
    void daysAreCountedInTheClocksZone() {
        ReviewHistory history = new ReviewHistory("q", List.of(
                review("2024-03-01T17:00:00Z", Rating.GOOD),   // 22:30 in India
                review("2024-03-01T19:00:00Z", Rating.GOOD))); // 00:30 next day in India, before the 4:00 rollover
        assertThat(TrainingSet.of(List.of(history), DayClock.of(ZoneId.of("Asia/Kolkata"), 4)).items()).isEmpty();
        assertThat(TrainingSet.of(List.of(history), DayClock.of(ZoneId.of("Asia/Kolkata"), 0)).items()).hasSize(1);
    }

    @Test
    void reviewsAreSortedByTimeAndItemsOrderedByTheirTarget() {
        TrainingSet set = TrainingSet.of(List.of(
                new ReviewHistory("a", List.of(review("2024-03-05T10:00:00Z", Rating.HARD),
                        review("2024-03-01T10:00:00Z", Rating.GOOD))),
                new ReviewHistory("b", List.of(review("2024-03-01T11:00:00Z", Rating.EASY),
                        review("2024-03-03T11:00:00Z", Rating.GOOD)))), FOUR_UTC);
        assertThat(described(set)).containsExactly("4:0 3:2", "3:0 2:4");
        assertThat(set.items().get(0).card()).isNotEqualTo(set.items().get(1).card());
    }

    @Test
    void aHistoryWithoutTargetsCountsNeitherItsReviewsNorItself() {
        TrainingSet set = TrainingSet.of(List.of(
                new ReviewHistory("new", List.of(review("2024-03-01T10:00:00Z", Rating.GOOD),
                        review("2024-03-01T10:10:00Z", Rating.GOOD)))), FOUR_UTC);
        assertThat(set.items()).isEmpty();
        assertThat(set.reviews()).isZero();
        assertThat(set.histories()).isZero();
    }
}
