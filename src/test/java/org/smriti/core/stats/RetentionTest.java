package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.stats.StatsFixtures.IST;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.reviewed;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.stats.Retention.Period;

class RetentionTest {

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Retention.Row row(ProgressState s, Period period) {
        return Retention.of(s, IST, NOW).row(period).orElseThrow();
    }

    @Test
    void aReviewTwentyOneDaysAfterThePreviousOneIsMature() {
        ProgressState s = journal(
                reviewed("q", Rating.GOOD, daysAgo(21), CardState.NEW, 21),
                reviewed("q", Rating.GOOD, daysAgo(0), CardState.REVIEW, 40));

        Retention.Row all = row(s, Period.ALL_TIME);

        assertThat(all.mature()).isEqualTo(new Rate(1, 1));
        assertThat(all.young()).isEqualTo(Rate.NONE);
    }

    @Test
    void aReviewTwentyDaysAfterThePreviousOneIsYoung() {
        ProgressState s = journal(
                reviewed("q", Rating.GOOD, daysAgo(20), CardState.NEW, 20),
                reviewed("q", Rating.HARD, daysAgo(0), CardState.REVIEW, 30));

        assertThat(row(s, Period.ALL_TIME).young()).isEqualTo(new Rate(1, 1));
    }

    @Test
    void againFailsAndEveryOtherRatingPasses() {
        ProgressState s = journal(
                reviewed("a", Rating.GOOD, daysAgo(5), CardState.NEW, 3),
                reviewed("a", Rating.AGAIN, daysAgo(2), CardState.REVIEW, 1),
                reviewed("b", Rating.GOOD, daysAgo(5), CardState.NEW, 3),
                reviewed("b", Rating.EASY, daysAgo(2), CardState.REVIEW, 9));

        assertThat(row(s, Period.WEEK).young()).isEqualTo(new Rate(1, 2));
        assertThat(row(s, Period.WEEK).young().share()).hasValue(0.5);
    }

    @Test
    void learningAndRelearningStepsAreNotCounted() {
        ProgressState s = journal(
                reviewed("q", Rating.AGAIN, daysAgo(3), CardState.NEW, 0),
                reviewed("q", Rating.GOOD, daysAgo(3), CardState.LEARNING, 2),
                reviewed("q", Rating.AGAIN, daysAgo(1), CardState.RELEARNING, 1));

        assertThat(Retention.of(s, IST, NOW).isEmpty()).isTrue();
    }

    @Test
    void periodsCountBackInStudyDaysFromToday() {
        ProgressState s = journal(
                reviewed("week", Rating.GOOD, daysAgo(10), CardState.NEW, 4),
                reviewed("week", Rating.GOOD, daysAgo(6), CardState.REVIEW, 9),
                reviewed("month", Rating.GOOD, daysAgo(40), CardState.NEW, 33),
                reviewed("month", Rating.GOOD, daysAgo(29), CardState.REVIEW, 60),
                reviewed("older", Rating.GOOD, daysAgo(60), CardState.NEW, 30),
                reviewed("older", Rating.AGAIN, daysAgo(30), CardState.REVIEW, 1));

        assertThat(row(s, Period.WEEK).all()).isEqualTo(new Rate(1, 1));
        assertThat(row(s, Period.MONTH).all()).isEqualTo(new Rate(2, 2));
        assertThat(row(s, Period.ALL_TIME).all()).isEqualTo(new Rate(2, 3));
        assertThat(row(s, Period.ALL_TIME).mature()).isEqualTo(new Rate(0, 1));
    }

    @Test
    void noReviewsGiveEmptySharesNotZero() {
        Retention r = Retention.of(ProgressState.empty(), IST, NOW);

        assertThat(r.isEmpty()).isTrue();
        assertThat(r.rows()).extracting(Retention.Row::period).containsExactly(Period.values());
        assertThat(r.row(Period.WEEK).orElseThrow().young().share()).isEmpty();
    }
}
