package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.mock.MockFixtures.T0;
import static org.smriti.core.mock.MockFixtures.mcqs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Topic;

/** Autosave and resume: the journal holds every change, and replaying it gives the test back as last saved. */
class MockReplayTest {

    private final List<Mcq> questions = mcqs("q", Topic.PEOPLE, 4);

    /** Something else the journal holds, e.g. a review. */
    private record OtherEvent(Instant at) implements ProgressEvent {
    }

    /** A live test that writes every step to {@link #journal}, as the app does. */
    private final class Recorder {
        final List<ProgressEvent> journal = new ArrayList<>();
        MockSession session;

        Recorder(MockSession started) {
            session = started;
            journal.add(started.startedEvent());
        }

        Recorder act(Instant now, UnaryOperator<MockSession> action) {
            MockSession before = session;
            session = action.apply(session.tick(now));
            journal.addAll(session.eventsSince(before, now));
            return this;
        }
    }

    private Recorder takeSomeOfTheTest() {
        return new Recorder(MockFixtures.session(questions, Duration.ofMinutes(12)))
                .act(T0.plusSeconds(20), s -> s.select(1))
                .act(T0.plusSeconds(25), MockSession::saveAndNext)
                .act(T0.plusSeconds(70), MockSession::markAndNext)
                .act(T0.plusSeconds(90), s -> s.select(3))
                .act(T0.plusSeconds(95), MockSession::markAndNext)
                .act(T0.plusSeconds(100), s -> s.jumpTo(0))
                .act(T0.plusSeconds(110), MockSession::clear);
    }

    @Test
    void replayGivesTheSessionAsAtTheLastSave() {
        Recorder r = takeSomeOfTheTest();
        assertThat(MockSession.unfinished(r.journal)).contains(r.session.paused());
    }

    @Test
    void eachUserActionIsOneSmallEvent() {
        Recorder r = takeSomeOfTheTest();
        assertThat(r.journal).hasSize(1 + 7);
        assertThat(r.journal.get(2)).isEqualTo(new MockChangedEvent("test-1", T0.plusSeconds(25), 0, 1, false, true,
                25_000, 1, 12 * 60_000 - 25_000));
    }

    @Test
    void aTickThatChangesNothingSavedWritesNothing() {
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(12));
        assertThat(s.tick(T0).eventsSince(s, T0)).isEmpty();
    }

    @Test
    void aCheckpointTickSavesTheTimeOnTheQuestionAndTheCountdown() {
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(12));
        assertThat(s.tick(T0.plusSeconds(15)).eventsSince(s, T0.plusSeconds(15))).containsExactly(
                new MockChangedEvent("test-1", T0.plusSeconds(15), 0, -1, false, true, 15_000, 0, 705_000));
    }

    @Test
    void theClockDoesNotRunWhileTheAppIsClosed() {
        Recorder r = takeSomeOfTheTest();
        MockSession resumed = MockSession.unfinished(r.journal).orElseThrow();
        Instant nextMorning = T0.plus(Duration.ofHours(20));

        MockSession afterResume = resumed.tick(nextMorning).tick(nextMorning.plusSeconds(30));

        assertThat(resumed.remaining()).isEqualTo(Duration.ofSeconds(12 * 60 - 110));
        assertThat(afterResume.remaining()).isEqualTo(Duration.ofSeconds(12 * 60 - 140));
    }

    @Test
    void resumeOfferTellsAnsweredCountAndTimeLeft() {
        Recorder r = takeSomeOfTheTest();
        ResumeOffer offer = ResumeOffer.find(r.journal).orElseThrow();
        assertThat(offer.answered()).isEqualTo(1);
        assertThat(offer.total()).isEqualTo(4);
        assertThat(offer.text()).isEqualTo("Resume mock test (1 answered, 10:10 left)");
    }

    @Test
    void aSubmittedTestIsNotOfferedForResumeButCanBeReplayed() {
        Recorder r = takeSomeOfTheTest().act(T0.plusSeconds(120), MockSession::submit);
        assertThat(r.journal.get(r.journal.size() - 1))
                .isEqualTo(new MockSubmittedEvent("test-1", T0.plusSeconds(120), false));
        assertThat(ResumeOffer.find(r.journal)).isEmpty();
        assertThat(MockSession.replay("test-1", r.journal)).contains(r.session.paused());
    }

    @Test
    void anAutoSubmissionSavesTheLastSecondsAndTheSubmission() {
        Recorder r = takeSomeOfTheTest().act(T0.plus(Duration.ofMinutes(13)), UnaryOperator.identity());
        MockSession replayed = MockSession.replay("test-1", r.journal).orElseThrow();
        assertThat(replayed.autoSubmitted()).isTrue();
        assertThat(replayed.remainingMillis()).isZero();
        assertThat(replayed.states().get(0).timeMillis()).isEqualTo(25_000 + 12 * 60_000 - 100_000);
    }

    @Test
    void aDiscardedTestIsGone() {
        Recorder r = takeSomeOfTheTest();
        r.journal.add(new MockDiscardedEvent("test-1", T0.plusSeconds(200)));
        assertThat(ResumeOffer.find(r.journal)).isEmpty();
        assertThat(MockSession.replay("test-1", r.journal)).isEmpty();
    }

    @Test
    void otherEventsInTheJournalAreIgnored() {
        Recorder r = takeSomeOfTheTest();
        List<ProgressEvent> mixed = new ArrayList<>(r.journal);
        mixed.add(3, new OtherEvent(T0.plusSeconds(60)));
        mixed.add(new OtherEvent(T0.plusSeconds(300)));
        assertThat(MockSession.unfinished(mixed)).contains(r.session.paused());
    }

    @Test
    void theMostRecentlyStartedUnfinishedTestIsOffered() {
        List<ProgressEvent> journal = new ArrayList<>(takeSomeOfTheTest().journal);
        MockSpec spec = MockSpec.custom(1, Duration.ofMinutes(2), 9);
        MockSession second = MockSession.start("test-2", spec, new MockSelection(List.of("q-3"), Duration.ofMinutes(2)),
                T0.plusSeconds(500));
        journal.add(second.startedEvent());
        assertThat(MockSession.unfinished(journal).map(MockSession::testId)).contains("test-2");
    }

    @Test
    void aChangeForATestNeverStartedIsRejectedNamingIt() {
        List<ProgressEvent> journal = List.of(
                new MockChangedEvent("ghost", T0, 0, 1, false, true, 0, 0, 1000));
        assertThatThrownBy(() -> MockSession.unfinished(journal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
    }

    @Test
    void aChangeNamingAQuestionOutsideTheTestIsRejected() {
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(12));
        List<ProgressEvent> journal = List.of(s.startedEvent(),
                new MockChangedEvent("test-1", T0, 7, 1, false, true, 0, 0, 1000));
        assertThatThrownBy(() -> MockSession.unfinished(journal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("questionIndex 7");
    }

    @Test
    void severalStepsSavedAtOnceStillReplayExactly() {
        MockSession start = MockFixtures.session(questions, Duration.ofMinutes(12));
        MockSession after = start.jumpTo(2).select(1).tick(T0.plusSeconds(30)).saveAndNext().select(0).jumpTo(1);
        List<ProgressEvent> journal = new ArrayList<>(List.of(start.startedEvent()));
        journal.addAll(after.eventsSince(start, T0.plusSeconds(30)));
        assertThat(MockSession.unfinished(journal)).contains(after.paused());
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8"})
    void anyRunOfActionsSavedAtAnyPointsReplaysToTheSameTest(long seed) {
        Random random = new Random(seed);
        MockSession live = MockFixtures.session(questions, Duration.ofMinutes(2));
        List<ProgressEvent> journal = new ArrayList<>(List.of(live.startedEvent()));
        MockSession saved = live;
        Instant now = T0;
        while (!live.submitted()) {
            now = now.plusMillis(random.nextInt(4000));
            live = live.tick(now);
            if (!live.submitted()) {
                live = randomAction(live, random);
            }
            if (random.nextInt(3) == 0 || live.submitted()) {
                journal.addAll(live.eventsSince(saved, now));
                saved = live;
                assertThat(MockSession.replay("test-1", journal)).contains(live.paused());
            }
        }
    }

    private static MockSession randomAction(MockSession s, Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return s.select(random.nextInt(4));
            case 1:
                return s.clear();
            case 2:
                return s.saveAndNext();
            case 3:
                return s.markAndNext();
            case 4:
                return s.previous();
            case 5:
                return s.jumpTo(random.nextInt(s.size()));
            case 6:
                return random.nextInt(20) == 0 ? s.submit() : s;
            default:
                return s;
        }
    }

    @ParameterizedTest(name = "{0} ms shows as {1}")
    @CsvSource({
            "0, 00:00",
            "1, 00:01",
            "59999, 01:00",
            "60000, 01:00",
            "610000, 10:10",
            "7200000, 120:00"})
    void remainingTimeShowsAsMinutesAndSecondsRoundedUp(long millis, String text) {
        assertThat(TimeText.minutesSeconds(Duration.ofMillis(millis))).isEqualTo(text);
    }
}
