package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.smriti.core.mock.MockFixtures.T0;
import static org.smriti.core.mock.MockFixtures.mcq;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;

/** The history of all tests, rebuilt from the journal. */
class MockHistoryTest {

    // Key (a) everywhere: option 0 is right, option 1 wrong.
    private final List<Mcq> questions = List.of(mcq("d0", Topic.DEFENCE, 0), mcq("d1", Topic.DEFENCE, 0),
            mcq("e0", Topic.ECONOMY, 0), mcq("e1", Topic.ECONOMY, 0));
    private final Map<String, Question> bank = MockFixtures.byId(questions);
    private final List<ProgressEvent> journal = new ArrayList<>();

    /** Starts test {@code id} at {@code start}, answers question i with {@code answers[i]} (-1 blank), then ends it. */
    private void take(String id, Instant start, UnaryOperator<MockSession> end, int... answers) {
        List<String> ids = questions.stream().map(Question::id).toList();
        MockSpec spec = MockSpec.custom(4, Duration.ofMinutes(5), 1);
        MockSession s = MockSession.start(id, spec, new MockSelection(ids, spec.duration()), start);
        journal.add(s.startedEvent());
        for (int i = 0; i < answers.length; i++) {
            MockSession before = s;
            s = s.jumpTo(i);
            if (answers[i] >= 0) {
                s = s.select(answers[i]);
            }
            journal.addAll(s.eventsSince(before, start.plusSeconds(i + 1)));
        }
        MockSession before = s;
        journal.addAll(end.apply(s).eventsSince(before, start.plusSeconds(60)));
    }

    private void fill() {
        take("first", T0, MockSession::submit, 0, 1, 1, -1);                      // D 1/2, E 0/1
        take("dropped", T0.plusSeconds(1000), UnaryOperator.identity(), 0, 0);
        journal.add(new MockDiscardedEvent("dropped", T0.plusSeconds(1100)));
        take("second", T0.plusSeconds(2000), MockSession::submit, 0, 0, 0, 1);   // D 2/2, E 1/2
        take("unfinished", T0.plusSeconds(3000), UnaryOperator.identity(), 0);
    }

    @Test
    void historyHoldsSubmittedTestsOnlyOldestFirst() {
        fill();
        MockHistory history = MockHistory.from(journal, bank);
        assertThat(history.tests()).extracting(e -> e.result().testId()).containsExactly("first", "second");
        assertThat(history.tests().get(1).submittedAt()).isEqualTo(T0.plusSeconds(2060));
    }

    @Test
    void scoreTrendIsThePercentOfEachTest() {
        fill();
        List<MockHistory.Point> trend = MockHistory.from(journal, bank).scoreTrend();
        // first: 2 - 4/3 = 2/3 of 8; second: 6 - 2/3 = 16/3 of 8
        assertThat(trend).extracting(MockHistory.Point::at).containsExactly(T0.plusSeconds(60), T0.plusSeconds(2060));
        assertThat(trend.get(0).percent()).isCloseTo(100.0 / 12, offset(1e-9));
        assertThat(trend.get(1).percent()).isCloseTo(200.0 / 3, offset(1e-9));
    }

    @Test
    void topicTrendIsTheAccuracyOnThatTopicInEachTest() {
        fill();
        MockHistory history = MockHistory.from(journal, bank);
        assertThat(history.topicTrend(Topic.DEFENCE)).extracting(MockHistory.Point::percent)
                .containsExactly(50.0, 100.0);
        assertThat(history.topicTrend(Topic.ECONOMY)).extracting(MockHistory.Point::percent)
                .containsExactly(0.0, 50.0);
        assertThat(history.topicTrend(Topic.ENERGY)).isEmpty();
    }

    @Test
    void aTopicNotAttemptedInATestLeavesNoPoint() {
        take("only-defence", T0, MockSession::submit, 0, 0, -1, -1);
        assertThat(MockHistory.from(journal, bank).topicTrend(Topic.ECONOMY)).isEmpty();
    }

    @Test
    void wronglyAnsweredIdsAreWeakSpots() {
        fill();
        assertThat(MockHistory.from(journal, bank).wronglyAnsweredIds()).containsExactly("d1", "e0", "e1");
    }

    @Test
    void anEmptyJournalHasNoHistory() {
        assertThat(MockHistory.from(List.of(), bank).tests()).isEmpty();
    }
}
