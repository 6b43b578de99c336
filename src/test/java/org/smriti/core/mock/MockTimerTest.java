package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.mock.MockFixtures.T0;
import static org.smriti.core.mock.MockFixtures.mcqs;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Topic;

/** The countdown, with time passed in. */
class MockTimerTest {

    private final List<Mcq> questions = mcqs("q", Topic.ENERGY, 3);

    private MockSession test(Duration duration) {
        return MockFixtures.session(questions, duration);
    }

    @Test
    void aTickCreditsTheTimeToTheQuestionOnScreenAndTakesItOffTheCountdown() {
        MockSession s = test(Duration.ofMinutes(12)).tick(T0.plusSeconds(40));
        assertThat(s.states().get(0).timeMillis()).isEqualTo(40_000);
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(12 * 60 - 40));
    }

    @Test
    void timeGoesToEachQuestionWhileItIsOnScreen() {
        MockSession s = test(Duration.ofMinutes(12))
                .tick(T0.plusSeconds(30)).saveAndNext()
                .tick(T0.plusSeconds(100)).jumpTo(0)
                .tick(T0.plusSeconds(105));
        assertThat(s.states()).extracting(QuestionState::timeMillis).containsExactly(35_000L, 70_000L, 0L);
        assertThat(s.timeUsed()).isEqualTo(Duration.ofSeconds(105));
    }

    @Test
    void reachingZeroSubmitsAutomatically() {
        MockSession s = test(Duration.ofMinutes(12)).tick(T0.plus(Duration.ofMinutes(12)));
        assertThat(s.submitted()).isTrue();
        assertThat(s.autoSubmitted()).isTrue();
        assertThat(s.remainingMillis()).isZero();
    }

    @Test
    void timeBeyondZeroIsNotCreditedToTheQuestion() {
        MockSession s = test(Duration.ofMinutes(1)).elapse(Duration.ofMinutes(5));
        assertThat(s.states().get(0).timeMillis()).isEqualTo(60_000);
        assertThat(s.timeUsed()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void oneMillisecondBeforeZeroTheTestIsStillOpen() {
        MockSession s = test(Duration.ofMinutes(1)).elapse(Duration.ofMillis(59_999));
        assertThat(s.submitted()).isFalse();
        assertThat(s.remainingMillis()).isEqualTo(1);
    }

    @Test
    void ticksAfterSubmissionChangeNothing() {
        MockSession done = test(Duration.ofMinutes(12)).tick(T0.plusSeconds(10)).submit();
        assertThat(done.tick(T0.plusSeconds(500))).isEqualTo(done);
        assertThat(done.elapse(Duration.ofMinutes(3))).isEqualTo(done);
    }

    @Test
    void aPausedTestDoesNotCountTheGapAtItsNextTick() {
        MockSession s = test(Duration.ofMinutes(12)).tick(T0.plusSeconds(10)).paused()
                .tick(T0.plus(Duration.ofHours(5)));
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(12 * 60 - 10));
        assertThat(s.tick(T0.plus(Duration.ofHours(5)).plusSeconds(3)).remaining())
                .isEqualTo(Duration.ofSeconds(12 * 60 - 13));
    }

    @Test
    void aClockThatGoesBackwardsCountsNothing() {
        MockSession s = test(Duration.ofMinutes(12)).tick(T0.plusSeconds(60)).tick(T0.plusSeconds(30));
        assertThat(s.timeUsed()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.tick(T0.plusSeconds(35)).timeUsed()).isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void theTenMinuteWarningComesOnceWhenTenMinutesAreLeft() {
        MockSession start = test(Duration.ofMinutes(12));
        MockSession before = start.tick(T0.plus(Duration.ofSeconds(119)));
        MockSession at = before.tick(T0.plus(Duration.ofMinutes(2)));
        MockSession later = at.tick(T0.plus(Duration.ofMinutes(3)));

        assertThat(before.warningsSince(start)).isEmpty();
        assertThat(at.warningsSince(before)).containsExactly(TimeWarning.TEN_MINUTES);
        assertThat(later.warningsSince(at)).isEmpty();
    }

    @Test
    void theOneMinuteWarningComesAfterTheTenMinuteOne() {
        MockSession tenLeft = test(Duration.ofMinutes(12)).elapse(Duration.ofMinutes(2));
        MockSession oneLeft = tenLeft.elapse(Duration.ofMinutes(9));
        assertThat(oneLeft.warningsSince(tenLeft)).containsExactly(TimeWarning.ONE_MINUTE);
        assertThat(oneLeft.warningsCrossed()).containsExactlyInAnyOrder(TimeWarning.TEN_MINUTES, TimeWarning.ONE_MINUTE);
    }

    @Test
    void aTestShorterThanTenMinutesGetsNoTenMinuteWarning() {
        MockSession s = test(Duration.ofMinutes(5));
        assertThat(s.warningsCrossed()).isEmpty();
        assertThat(s.elapse(Duration.ofMinutes(4)).warningsCrossed()).isEqualTo(Set.of(TimeWarning.ONE_MINUTE));
    }

    @Test
    void aTestOfExactlyTenMinutesGetsNoWarningAtTheStart() {
        assertThat(test(Duration.ofMinutes(10)).warningsCrossed()).isEmpty();
    }
}
