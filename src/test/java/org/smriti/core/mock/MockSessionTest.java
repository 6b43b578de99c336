package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.mock.MockFixtures.mcqs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Topic;

/** Taking a test: answers, review marks, navigation and the five palette states. */
class MockSessionTest {

    private final List<Mcq> questions = mcqs("q", Topic.DEFENCE, 5);
    private final MockSession fresh = MockFixtures.session(questions, Duration.ofMinutes(6));

    @Test
    void aNewTestShowsTheFirstQuestionVisitedAndTheRestNotVisited() {
        assertThat(fresh.currentIndex()).isZero();
        assertThat(fresh.paletteState(0)).isEqualTo(PaletteState.NOT_ANSWERED);
        assertThat(fresh.paletteState(1)).isEqualTo(PaletteState.NOT_VISITED);
        assertThat(fresh.remaining()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void saveAndNextWithAnOptionMakesItAnswered() {
        MockSession s = fresh.select(2).saveAndNext();
        assertThat(s.paletteState(0)).isEqualTo(PaletteState.ANSWERED);
        assertThat(s.states().get(0).selected()).isEqualTo(2);
        assertThat(s.currentIndex()).isEqualTo(1);
        assertThat(s.paletteState(1)).isEqualTo(PaletteState.NOT_ANSWERED);
    }

    @Test
    void saveAndNextWithoutAnOptionLeavesItNotAnswered() {
        assertThat(fresh.saveAndNext().paletteState(0)).isEqualTo(PaletteState.NOT_ANSWERED);
    }

    @Test
    void markAndNextWithoutAnOptionMakesItMarkedForReview() {
        assertThat(fresh.markAndNext().paletteState(0)).isEqualTo(PaletteState.MARKED_FOR_REVIEW);
    }

    @Test
    void markAndNextWithAnOptionMakesItAnsweredAndMarked() {
        assertThat(fresh.select(1).markAndNext().paletteState(0)).isEqualTo(PaletteState.ANSWERED_AND_MARKED);
    }

    @Test
    void saveAndNextOnAMarkedQuestionRemovesTheMark() {
        MockSession s = fresh.select(1).markAndNext().jumpTo(0).saveAndNext();
        assertThat(s.paletteState(0)).isEqualTo(PaletteState.ANSWERED);
    }

    @Test
    void clearResponseRemovesTheAnswerButKeepsTheMark() {
        MockSession s = fresh.select(1).markAndNext().previous().clear();
        assertThat(s.paletteState(0)).isEqualTo(PaletteState.MARKED_FOR_REVIEW);
    }

    @Test
    void choosingAnotherOptionReplacesTheAnswer() {
        assertThat(fresh.select(1).select(3).current().selected()).isEqualTo(3);
    }

    @Test
    void jumpingViaThePaletteVisitsTheQuestionAndKeepsAnswers() {
        MockSession s = fresh.select(0).jumpTo(3);
        assertThat(s.currentIndex()).isEqualTo(3);
        assertThat(s.paletteState(3)).isEqualTo(PaletteState.NOT_ANSWERED);
        assertThat(s.paletteState(0)).isEqualTo(PaletteState.ANSWERED);
        assertThat(s.paletteState(1)).isEqualTo(PaletteState.NOT_VISITED);
    }

    @Test
    void previousOnTheFirstQuestionStaysThere() {
        assertThat(fresh.previous().currentIndex()).isZero();
    }

    @Test
    void nextOnTheLastQuestionStaysThere() {
        assertThat(fresh.jumpTo(4).saveAndNext().currentIndex()).isEqualTo(4);
        assertThat(fresh.jumpTo(4).markAndNext().currentIndex()).isEqualTo(4);
    }

    @Test
    void paletteCountsCoverAllFiveStates() {
        MockSession s = fresh
                .select(0).saveAndNext()       // q0 answered
                .markAndNext()                 // q1 marked
                .select(2).markAndNext()       // q2 answered & marked
                .saveAndNext();                // q3 not answered, q4 on screen (not answered)
        Map<PaletteState, Integer> counts = s.paletteCounts();
        assertThat(counts).containsOnly(
                Map.entry(PaletteState.NOT_VISITED, 0),
                Map.entry(PaletteState.NOT_ANSWERED, 2),
                Map.entry(PaletteState.ANSWERED, 1),
                Map.entry(PaletteState.MARKED_FOR_REVIEW, 1),
                Map.entry(PaletteState.ANSWERED_AND_MARKED, 1));
        assertThat(fresh.paletteCounts().get(PaletteState.NOT_VISITED)).isEqualTo(4);
    }

    @Test
    void answeredAndMarkedCountsForEvaluation() {
        MockSession s = fresh.select(0).markAndNext().submit();
        MockResult r = MockResult.of(s, MockFixtures.byId(questions));
        assertThat(s.answeredCount()).isEqualTo(1);
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.score()).isEqualTo(Fraction.of(2));
    }

    @Test
    void markedButUnansweredDoesNotCount() {
        MockSession s = fresh.markAndNext().submit();
        MockResult r = MockResult.of(s, MockFixtures.byId(questions));
        assertThat(s.answeredCount()).isZero();
        assertThat(r.blank()).isEqualTo(5);
        assertThat(r.score()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void anOptionOutsideAToDIsRejected() {
        assertThatThrownBy(() -> fresh.select(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test-1");
    }

    @Test
    void aPaletteJumpOutsideTheTestIsRejected() {
        assertThatThrownBy(() -> fresh.jumpTo(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question index 5");
    }

    @Test
    void noActionIsAllowedAfterSubmission() {
        MockSession done = fresh.submit();
        assertThat(done.submitted()).isTrue();
        assertThat(done.autoSubmitted()).isFalse();
        assertThatThrownBy(() -> done.select(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(done::saveAndNext).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.jumpTo(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(done::submit).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSessionCannotBeAutoSubmittedWithoutBeingSubmitted() {
        assertThatThrownBy(() -> new MockSession("t", fresh.spec(), fresh.startedAt(), fresh.questionIds(),
                fresh.states(), 0, fresh.duration(), 0, false, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto-submitted");
    }

    @Test
    void aTestNeedsAtLeastOneQuestion() {
        MockSelection none = new MockSelection(List.of(), Duration.ofMinutes(1));
        assertThatThrownBy(() -> MockSession.start("empty", MockSpec.custom(1, Duration.ofMinutes(1), 1), none,
                MockFixtures.T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no questions");
    }
}
