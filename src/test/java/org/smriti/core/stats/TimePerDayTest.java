package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.stats.StatsFixtures.IST;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.mock;
import static org.smriti.core.stats.StatsFixtures.mocks;
import static org.smriti.core.stats.StatsFixtures.reviewed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressState;

class TimePerDayTest {

    @Test
    void reviewTimeAddsUpPerStudyDayAndMockTimeOnTheDayOfSubmission() {
        // Both reviews take 10 s; 24 Nov 02:00 in India still belongs to study day 23 Nov.
        ProgressState s = journal(
                reviewed("a", Rating.GOOD, Instant.parse("2026-11-23T12:00:00Z"), CardState.NEW, 1),
                reviewed("b", Rating.GOOD, Instant.parse("2026-11-23T20:30:00Z"), CardState.NEW, 1));

        TimePerDay time = TimePerDay.of(s, mocks(mock(NOW, Duration.ofMinutes(7))), IST, NOW, TimePerDay.DAYS);

        assertThat(time.days()).hasSize(30);
        assertThat(time.days().get(28)).isEqualTo(
                new TimePerDay.Day(LocalDate.of(2026, 11, 23), Duration.ofSeconds(20), Duration.ZERO));
        assertThat(time.days().get(29)).isEqualTo(
                new TimePerDay.Day(LocalDate.of(2026, 11, 24), Duration.ZERO, Duration.ofMinutes(7)));
    }

    @Test
    void timeBeforeTheWindowIsLeftOut() {
        ProgressState s = journal(reviewed("a", Rating.GOOD, NOW.minus(Duration.ofDays(30)), CardState.NEW, 1));

        TimePerDay time = TimePerDay.of(s, mocks(), IST, NOW, TimePerDay.DAYS);

        assertThat(time.days().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(time.isEmpty()).isTrue();
    }
}
