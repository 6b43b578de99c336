package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.smriti.core.mock.MockFixtures.mcq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;

/** Results and analysis of one hand-built test of ten questions. */
class MockResultTest {

    private static final int BLANK = QuestionState.NONE;

    /** One question of the hand-built test and how it was taken. */
    private record Taken(ObjectiveQuestion question, int answer, boolean marked, int seconds) {
    }

    private static final List<Taken> TEST = List.of(
            new Taken(mcq("e0", Topic.ECONOMY, 0), 0, false, 30),      // correct
            new Taken(mcq("e1", Topic.ECONOMY, 1), 2, false, 50),      // wrong
            new Taken(mcq("e2", Topic.ECONOMY, 2), BLANK, true, 10),   // blank, marked
            new Taken(mcq("e3", Topic.ECONOMY, 3), 3, true, 40),       // correct, answered & marked
            new Taken(mcq("d0", Topic.DEFENCE, 0), 1, false, 200),     // wrong, the slowest
            new Taken(mcq("d1", Topic.DEFENCE, 1), 1, false, 20),      // correct
            new Taken(mcq("d2", Topic.DEFENCE, 2), BLANK, false, 0),   // blank
            new Taken(MockFixtures.assertion("a0", Topic.ENERGY, Assertion.AssertionKey.ONLY_FIRST_TRUE),
                    2, false, 60),                                      // correct
            new Taken(mcq("n1", Topic.ENERGY, 0), 3, false, 45),       // wrong
            new Taken(mcq("n2", Topic.ENERGY, 1), BLANK, false, 5));   // blank

    private static final Map<String, Question> BANK;

    static {
        List<ObjectiveQuestion> questions = new ArrayList<>();
        TEST.forEach(t -> questions.add(t.question()));
        BANK = MockFixtures.byId(questions);
    }

    private static MockSession taken() {
        List<ObjectiveQuestion> questions = new ArrayList<>();
        TEST.forEach(t -> questions.add(t.question()));
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(20));
        for (int i = 0; i < TEST.size(); i++) {
            Taken t = TEST.get(i);
            s = s.jumpTo(i).elapse(Duration.ofSeconds(t.seconds()));
            if (t.answer() != BLANK) {
                s = s.select(t.answer());
            }
            if (t.marked()) {
                s = s.markAndNext();
            }
        }
        return s;
    }

    private final MockResult result = MockResult.of(taken().submit(), BANK);

    @Test
    void countsAndScoreWithNegativeMarking() {
        assertThat(List.of(result.correct(), result.wrong(), result.blank(), result.attempted()))
                .containsExactly(4, 3, 3, 7);
        assertThat(result.score()).isEqualTo(Fraction.of(6));
        assertThat(result.marksLost()).isEqualTo(Fraction.of(2));
        assertThat(result.maxScore()).isEqualTo(Fraction.of(20));
        assertThat(result.scorePercent()).isCloseTo(30.0, offset(1e-9));
    }

    @Test
    void accuracyIsOnAttemptedQuestionsOnly() {
        assertThat(result.accuracy().getAsDouble()).isCloseTo(4.0 / 7, offset(1e-12));
    }

    @Test
    void timeUsedIsTheSumOfTheTimePerQuestion() {
        assertThat(result.timeUsed()).isEqualTo(Duration.ofSeconds(460));
        assertThat(result.duration()).isEqualTo(Duration.ofMinutes(20));
        assertThat(result.autoSubmitted()).isFalse();
    }

    @Test
    void topicTableHasOneRowPerPrimaryTopicInTopicOrder() {
        assertThat(result.topics()).containsExactly(
                new MockResult.TopicRow(Topic.DEFENCE, 3, 2, 1, Fraction.of(4, 3)),
                new MockResult.TopicRow(Topic.ECONOMY, 4, 3, 2, Fraction.of(10, 3)),
                new MockResult.TopicRow(Topic.ENERGY, 3, 2, 1, Fraction.of(4, 3)));
        assertThat(result.topics().get(1).accuracy().getAsDouble()).isCloseTo(2.0 / 3, offset(1e-12));
    }

    @Test
    void questionRowsShowYourAnswerTheRightAnswerAndTheMarks() {
        assertThat(result.questions().get(1)).isEqualTo(new MockResult.QuestionRow(1, "e1", Topic.ECONOMY, 2, 1,
                Outcome.WRONG, false, Duration.ofSeconds(50), false, Fraction.of(-2, 3)));
        assertThat(result.questions().get(7)).isEqualTo(new MockResult.QuestionRow(7, "a0", Topic.ENERGY, 2, 2,
                Outcome.CORRECT, false, Duration.ofSeconds(60), false, Fraction.of(2)));
        assertThat(result.questions().get(9).yourAnswer()).isEqualTo(-1);
    }

    @Test
    void theSlowestTenthIsFlagged() {
        assertThat(result.rows(MockResult.QuestionRow::slowest)).extracting(MockResult.QuestionRow::questionId)
                .containsExactly("d0");
    }

    @Test
    void aTestOfTwentyFiveFlagsItsThreeSlowest() {
        List<ObjectiveQuestion> questions = new ArrayList<>(MockFixtures.mcqs("q", Topic.PEOPLE, 25));
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(30));
        for (int i = 0; i < 25; i++) {
            s = s.jumpTo(i).elapse(Duration.ofSeconds(i == 3 ? 100 : i));
        }
        MockResult r = MockResult.of(s.submit(), MockFixtures.byId(questions));
        assertThat(r.rows(MockResult.QuestionRow::slowest)).extracting(MockResult.QuestionRow::index)
                .containsExactly(3, 23, 24);
    }

    @Test
    void questionsWithNoTimeAreNeverFlaggedSlowest() {
        List<ObjectiveQuestion> questions = new ArrayList<>(MockFixtures.mcqs("q", Topic.PEOPLE, 3));
        MockResult r = MockResult.of(MockFixtures.session(questions, Duration.ofMinutes(5)).submit(),
                MockFixtures.byId(questions));
        assertThat(r.rows(MockResult.QuestionRow::slowest)).isEmpty();
    }

    @Test
    void answerFiltersSelectWrongBlankMarkedAndTopic() {
        assertThat(ids(result.rows(AnswerFilter.WRONG))).containsExactly("e1", "d0", "n1");
        assertThat(ids(result.rows(AnswerFilter.BLANK))).containsExactly("e2", "d2", "n2");
        assertThat(ids(result.rows(AnswerFilter.MARKED))).containsExactly("e2", "e3");
        assertThat(ids(result.rows(AnswerFilter.topic(Topic.DEFENCE).and(AnswerFilter.WRONG)))).containsExactly("d0");
        assertThat(result.rows(AnswerFilter.ALL)).hasSize(10);
    }

    @Test
    void retryWrongAnswersIsACustomTestOfJustThoseAtTheUsualRate() {
        MockSpec retry = result.retryWrongSpec(5).orElseThrow();
        assertThat(retry.preset()).isEqualTo(MockPreset.CUSTOM);
        assertThat(retry.count()).isEqualTo(3);
        assertThat(retry.duration()).isEqualTo(Duration.ofSeconds(216));
        assertThat(retry.scheme()).isEqualTo(MarkingScheme.UPSC);
        assertThat(MockSelector.select(retry, BANK.values(), Set.of()).questionIds())
                .containsExactlyInAnyOrder("e1", "d0", "n1");
    }

    @Test
    void thereIsNoRetryWhenNothingWasWrong() {
        List<ObjectiveQuestion> questions = new ArrayList<>(MockFixtures.mcqs("q", Topic.PEOPLE, 2));
        MockResult r = MockResult.of(MockFixtures.session(questions, Duration.ofMinutes(5)).select(0).submit(),
                MockFixtures.byId(questions));
        assertThat(r.retryWrongSpec(1)).isEmpty();
    }

    @Test
    void retakeAsksTheSameQuestionsInTheSameOrderAndTime() {
        MockSelection again = result.retakeSelection();
        assertThat(again.questionIds()).containsExactly("e0", "e1", "e2", "e3", "d0", "d1", "d2", "a0", "n1", "n2");
        assertThat(again.duration()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void wrongAnswersAreAgainRightOnesOnDueCardsAreGoodBlanksNothing() {
        Set<String> due = Set.of("e0", "e1", "e2");
        assertThat(result.srsFeedback(due::contains)).containsExactly(
                new SrsFeedback("e0", Rating.GOOD),
                new SrsFeedback("e1", Rating.AGAIN),
                new SrsFeedback("d0", Rating.AGAIN),
                new SrsFeedback("n1", Rating.AGAIN));
    }

    @Test
    void anUnsubmittedTestHasNoResult() {
        assertThatThrownBy(() -> MockResult.of(taken(), BANK)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aQuestionMissingFromTheBankIsNamed() {
        Map<String, Question> bank = new HashMap<>(BANK);
        bank.remove("d1");
        assertThatThrownBy(() -> MockResult.of(taken().submit(), bank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'d1'")
                .hasMessageContaining("test-1");
    }

    @Test
    void aNonObjectiveQuestionInATestIsNamed() {
        Map<String, Question> bank = new HashMap<>(BANK);
        bank.put("d1", MockFixtures.flashcard("d1", Topic.DEFENCE));
        assertThatThrownBy(() -> MockResult.of(taken().submit(), bank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'d1' is a flashcard");
    }

    private static List<String> ids(List<MockResult.QuestionRow> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.questionId()));
        return ids;
    }
}
