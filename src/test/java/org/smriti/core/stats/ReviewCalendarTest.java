package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.stats.StatsFixtures.IST;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.reviewed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;

class ReviewCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static ProgressState reviewsAt(String... instants) {
        return journal(Arrays.stream(instants)
                .map(t -> reviewed("q-" + t, Rating.GOOD, Instant.parse(t), CardState.NEW, 1))
                .toArray(ProgressEvent[]::new));
    }

    @Test
    void aReviewAfterMidnightBeforeTheRolloverCountsForTheDayBefore() {
        // 23 Nov 23:00 and 24 Nov 02:30 in India: one evening's session, both before 04:00.
        ProgressState s = reviewsAt("2026-11-23T17:30:00Z", "2026-11-23T21:00:00Z");

        ReviewCalendar calendar = ReviewCalendar.lastYear(s, IST, NOW);

        assertThat(calendar.counts()).containsOnlyKeys(LocalDate.of(2026, 11, 23));
        assertThat(calendar.count(LocalDate.of(2026, 11, 23))).isEqualTo(2);
        assertThat(calendar.streaks()).isEqualTo(new Streaks(1, 1));
    }

    @Test
    void aReviewAfterTheRolloverStartsANewStudyDay() {
        // 23 Nov 23:00 and 24 Nov 04:30 in India: two study days in a row.
        ProgressState s = reviewsAt("2026-11-23T17:30:00Z", "2026-11-23T23:00:00Z");

        ReviewCalendar calendar = ReviewCalendar.lastYear(s, IST, NOW);

        assertThat(calendar.counts()).containsOnlyKeys(LocalDate.of(2026, 11, 23), TODAY);
        assertThat(calendar.streaks()).isEqualTo(new Streaks(2, 2));
    }

    @ParameterizedTest(name = "{0} rollover {1}: current {2}, longest {3}")
    @CsvSource({
            // 22 Nov 12:00 UTC and 23 Nov 23:30 UTC (24 Nov 05:00 in India).
            "UTC,           0, 2, 2",
            "Asia/Kolkata,  4, 1, 1",
            // In Los Angeles both reviews fall on 22 and 23 Nov afternoons.
            "America/Los_Angeles, 4, 2, 2",
    })
    void theSameReviewsMakeDifferentStreaksInDifferentZones(String zone, int rollover, int current, int longest) {
        ProgressState s = reviewsAt("2026-11-22T12:00:00Z", "2026-11-23T23:30:00Z");
        DayClock clock = DayClock.of(ZoneId.of(zone), rollover);

        ReviewCalendar calendar = ReviewCalendar.lastYear(s, clock, Instant.parse("2026-11-24T12:00:00Z"));

        assertThat(calendar.streaks()).isEqualTo(new Streaks(current, longest));
    }

    @Test
    void aStreakEndedBeforeYesterdayIsOnlyTheLongest() {
        ProgressState s = reviewsAt("2026-11-10T06:00:00Z", "2026-11-11T06:00:00Z", "2026-11-12T06:00:00Z");

        assertThat(ReviewCalendar.lastYear(s, IST, NOW).streaks()).isEqualTo(new Streaks(0, 3));
    }

    @Test
    void theYearStartsOnAMondayFiftyTwoWeeksBeforeThisWeek() {
        ReviewCalendar calendar = ReviewCalendar.lastYear(ProgressState.empty(), IST, NOW);

        assertThat(calendar.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.from()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(calendar.to()).isEqualTo(TODAY);
        assertThat(calendar.isEmpty()).isTrue();
        assertThat(calendar.streaks()).isEqualTo(new Streaks(0, 0));
    }

    @Test
    void reviewsBeforeTheRangeCountForStreaksButNotInTheGrid() {
        ProgressState s = reviewsAt("2024-01-01T06:00:00Z", "2024-01-02T06:00:00Z", "2026-11-24T06:00:00Z");

        ReviewCalendar calendar = ReviewCalendar.lastYear(s, IST, NOW);

        assertThat(calendar.total()).isEqualTo(1);
        assertThat(calendar.streaks().longest()).isEqualTo(2);
    }

    @Test
    void shadesAreQuartersOfTheBusiestDayRoundedUp() {
        ProgressState s = reviewsAt("2026-11-20T06:00:00Z",
                "2026-11-21T06:00:00Z", "2026-11-21T06:01:00Z", "2026-11-21T06:02:00Z",
                "2026-11-22T06:00:00Z", "2026-11-22T06:01:00Z", "2026-11-22T06:02:00Z", "2026-11-22T06:03:00Z",
                "2026-11-22T06:04:00Z", "2026-11-22T06:05:00Z", "2026-11-22T06:06:00Z", "2026-11-22T06:07:00Z");

        ReviewCalendar calendar = ReviewCalendar.lastYear(s, IST, NOW);

        assertThat(calendar.max()).isEqualTo(8);
        assertThat(calendar.level(LocalDate.of(2026, 11, 19))).isZero();
        assertThat(calendar.level(LocalDate.of(2026, 11, 20))).isEqualTo(1);
        assertThat(calendar.level(LocalDate.of(2026, 11, 21))).isEqualTo(2);
        assertThat(calendar.level(LocalDate.of(2026, 11, 22))).isEqualTo(4);
    }
}
