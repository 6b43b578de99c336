package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.stats.StatsFixtures.IST;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.card;
import static org.smriti.core.stats.StatsFixtures.flashcard;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.review;
import static org.smriti.core.stats.StatsFixtures.suspend;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;

class DueForecastTest {

    private static final Instant LAST = NOW.minus(Duration.ofDays(3));
    private static final QuestionBank BANK = new QuestionBank(List.of(
            flashcard("overdue", Topic.HISTORY), flashcard("learning", Topic.HISTORY),
            flashcard("tomorrow", Topic.HISTORY), flashcard("day29", Topic.HISTORY),
            flashcard("day30", Topic.HISTORY), flashcard("suspended", Topic.HISTORY), flashcard("new", Topic.HISTORY)));

    private static DueForecast forecast(ProgressState s) {
        return DueForecast.of(BANK, s, IST, NOW, DueForecast.DAYS);
    }

    private static ReviewEvent dueAt(String id, CardState state, String instant) {
        return review(id, Rating.GOOD, LAST, CardState.NEW, card(state, LAST, Instant.parse(instant), 1, 1));
    }

    @Test
    void overdueAndTodaysCardsCountOnDayZeroSplitByPhase() {
        ProgressState s = journal(
                dueAt("overdue", CardState.REVIEW, "2026-11-20T06:00:00Z"),
                dueAt("learning", CardState.RELEARNING, "2026-11-24T10:00:00Z"));

        DueForecast.Day today = forecast(s).days().get(0);

        assertThat(today).isEqualTo(new DueForecast.Day(LocalDate.of(2026, 11, 24), 1, 1));
    }

    @Test
    void aCardDueBeforeTheRolloverFallsOnTheStudyDayBefore() {
        // 25 Nov 03:00 in India is still study day 24 Nov; 25 Nov 05:00 is study day 25 Nov.
        ProgressState s = journal(
                dueAt("overdue", CardState.REVIEW, "2026-11-24T21:30:00Z"),
                dueAt("tomorrow", CardState.REVIEW, "2026-11-24T23:30:00Z"));

        List<DueForecast.Day> days = forecast(s).days();

        assertThat(days.get(0).review()).isEqualTo(1);
        assertThat(days.get(1).review()).isEqualTo(1);
    }

    @Test
    void theForecastCoversThirtyDaysFromToday() {
        ProgressState s = journal(
                dueAt("day29", CardState.REVIEW, "2026-12-23T06:00:00Z"),
                dueAt("day30", CardState.REVIEW, "2026-12-24T06:00:00Z"));

        DueForecast f = forecast(s);

        assertThat(f.days()).hasSize(30);
        assertThat(f.days().get(29).date()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(f.days().get(29).review()).isEqualTo(1);
        assertThat(f.total()).isEqualTo(1);
    }

    @Test
    void newSuspendedAndOrphanedCardsAreNeverDue() {
        ProgressState s = journal(
                dueAt("suspended", CardState.REVIEW, "2026-11-24T06:00:00Z"), suspend("suspended"),
                dueAt("not-in-bank", CardState.REVIEW, "2026-11-24T06:00:00Z"));

        assertThat(forecast(s).isEmpty()).isTrue();
    }
}
