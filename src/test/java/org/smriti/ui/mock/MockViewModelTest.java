package org.smriti.ui.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MockChangedEvent;
import org.smriti.core.mock.MockDiscardedEvent;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.MockStartedEvent;
import org.smriti.core.mock.MockSubmittedEvent;
import org.smriti.core.mock.Outcome;
import org.smriti.core.mock.PaletteState;
import org.smriti.core.question.Topic;
import org.smriti.testsupport.MutableClock;
import org.smriti.ui.common.MockScores;

/** The mock screen's state and its journal, without a stage. */
class MockViewModelTest {

    private final InMemoryMockPorts ports = new InMemoryMockPorts();
    private final MutableClock clock = MockUiFixtures.clock();
    private final MockViewModel model = newInstance();

    private MockViewModel newInstance() {
        return new MockViewModel(MockUiFixtures.bank(), ports, clock);
    }

    private MockSession session() {
        return model.sessionProperty().get();
    }

    private int right() {
        return model.currentQuestion().correctOption();
    }

    private int wrong() {
        return (right() + 1) % 4;
    }

    @Test
    void quickIsPreselectedAndThePlanShowsCountTimeAndMarking() {
        assertThat(model.presetProperty().get()).isEqualTo(MockPreset.QUICK);
        assertThat(model.planProperty().get()).isEqualTo("10 questions in 12:00 · marking +2 / -2/3 / 0");
        assertThat(model.setupErrorProperty().get()).isEmpty();
    }

    @Test
    void fullShrinksToTheBankAt72SecondsAQuestion() {
        model.presetProperty().set(MockPreset.FULL);
        assertThat(model.planProperty().get()).startsWith("30 questions in 36:00 (only 30 of the 100 asked for");
    }

    @Test
    void startingAQuickTestShowsItsFirstQuestionAndJournalsTheStart() {
        model.start();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.TAKING);
        assertThat(session().size()).isEqualTo(10);
        assertThat(session().duration()).isEqualTo(Duration.ofMinutes(12));
        assertThat(model.remainingText()).isEqualTo("12:00");
        assertThat(ports.journal).singleElement().isInstanceOf(MockStartedEvent.class);
    }

    @Test
    void twoFreshTestsGetDifferentQuestionsOrOrder() {
        model.start();
        List<String> first = session().questionIds();
        model.submit();
        clock.advance(Duration.ofMinutes(1));
        model.newTest();
        model.start();
        assertThat(session().questionIds()).isNotEqualTo(first);
    }

    @Test
    void everyActionIsJournalledAtOnce() {
        model.start();
        int before = ports.appends();
        model.select(0);
        model.saveAndNext();
        model.markAndNext();
        model.previous();
        model.select(2);
        model.clearResponse();
        model.jumpTo(5);
        assertThat(ports.appends()).isEqualTo(before + 7);
    }

    @Test
    void aChosenOptionIsInTheJournalBeforeTheNextAction() {
        model.start();
        model.select(2);
        assertThat(ports.journal.get(ports.journal.size() - 1))
                .isInstanceOfSatisfying(MockChangedEvent.class, e -> assertThat(e.selectedOption()).isEqualTo(2));
    }

    @Test
    void thePaletteShowsAllFiveStates() {
        model.start();
        model.select(0);
        model.saveAndNext();          // 1 answered
        model.saveAndNext();          // 2 not answered
        model.markAndNext();          // 3 marked for review
        model.select(1);
        model.markAndNext();          // 4 answered and marked; 5 on screen, not answered
        assertThat(model.paletteCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PaletteState.NOT_VISITED, 5,
                PaletteState.NOT_ANSWERED, 2,
                PaletteState.ANSWERED, 1,
                PaletteState.MARKED_FOR_REVIEW, 1,
                PaletteState.ANSWERED_AND_MARKED, 1));
    }

    @Test
    void clearResponseRemovesTheAnswerButKeepsTheMark() {
        model.start();
        model.select(3);
        model.markAndNext();
        model.previous();
        model.clearResponse();
        assertThat(session().current().answered()).isFalse();
        assertThat(session().paletteState(0)).isEqualTo(PaletteState.MARKED_FOR_REVIEW);
    }

    @Test
    void previousAndPaletteJumpsMoveTheQuestionOnScreen() {
        model.start();
        model.jumpTo(7);
        assertThat(session().currentIndex()).isEqualTo(7);
        model.previous();
        assertThat(session().currentIndex()).isEqualTo(6);
    }

    @Test
    void ticksSaveTheCountdownOnlyAtCheckpoints() {
        model.start();
        int before = ports.appends();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            model.tick();
        }
        assertThat(ports.appends()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(ports.appends()).isEqualTo(before + 1);
        assertThat(model.remainingText()).isEqualTo("11:55");
    }

    @Test
    void warningsComeAtTenMinutesAndAtOneMinute() {
        model.start();
        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(model.warningProperty().get()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(model.warningProperty().get()).isEqualTo("10 minutes left.");
        model.dismissWarning();
        clock.advance(Duration.ofMinutes(9));
        model.tick();
        assertThat(model.warningProperty().get()).startsWith("1 minute left.");
    }

    @Test
    void atZeroTheTestIsSubmittedAutomaticallyAndTheResultShown() {
        model.start();
        model.select(right());
        clock.advance(Duration.ofMinutes(12));
        model.tick();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.RESULTS);
        MockResult result = model.resultProperty().get();
        assertThat(result.autoSubmitted()).isTrue();
        assertThat(result.correct()).isEqualTo(1);
        assertThat(ports.journal.get(ports.journal.size() - 1))
                .isInstanceOfSatisfying(MockSubmittedEvent.class, e -> assertThat(e.autoSubmitted()).isTrue());
    }

    @Test
    void anActionAfterTimeRanOutDoesNotCount() {
        model.start();
        clock.advance(Duration.ofMinutes(13));
        model.select(right());
        assertThat(model.resultProperty().get().blank()).isEqualTo(10);
    }

    @Test
    void resultsCountRightWrongAndBlankWithNegativeMarking() {
        model.start();
        for (int i = 0; i < 3; i++) {
            model.select(right());
            model.saveAndNext();
        }
        for (int i = 0; i < 2; i++) {
            model.select(wrong());
            model.saveAndNext();
        }
        clock.advance(Duration.ofMinutes(5));
        model.submit();
        MockResult r = model.resultProperty().get();
        assertThat(List.of(r.correct(), r.wrong(), r.blank())).containsExactly(3, 2, 5);
        assertThat(r.score()).isEqualTo(Fraction.of(14, 3));
        assertThat(r.marksLost()).isEqualTo(Fraction.of(4, 3));
        assertThat(r.accuracy()).hasValue(0.6);
        assertThat(r.timeUsed()).isEqualTo(Duration.ofMinutes(5));
        assertThat(MockScores.marks(r.score())).isEqualTo("4.67");
    }

    @Test
    void submittingFeedsTheAnswersToTheReviewPort() {
        model.start();
        model.submit();
        assertThat(ports.fed).singleElement().isEqualTo(model.resultProperty().get());
    }

    @Test
    void reviewFiltersByKindAndTopic() {
        model.start();
        model.select(wrong());
        model.markAndNext();
        model.select(right());
        model.submit();
        model.reviewKindProperty().set(MockViewModel.ReviewKind.WRONG);
        assertThat(model.reviewRows()).extracting(MockResult.QuestionRow::index).containsExactly(0);
        model.reviewKindProperty().set(MockViewModel.ReviewKind.MARKED);
        assertThat(model.reviewRows()).extracting(MockResult.QuestionRow::index).containsExactly(0);
        model.reviewKindProperty().set(MockViewModel.ReviewKind.BLANK);
        assertThat(model.reviewRows()).hasSize(8);
        Topic topic = model.reviewRows().get(0).topic();
        model.reviewTopicProperty().set(topic);
        assertThat(model.reviewRows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.topic()).isEqualTo(topic);
            assertThat(row.outcome()).isEqualTo(Outcome.BLANK);
        });
    }

    @Test
    void retryWrongAnswersStartsATestOfJustThose() {
        model.start();
        String first = session().currentQuestionId();
        model.select(wrong());
        model.saveAndNext();
        String second = session().currentQuestionId();
        model.select(wrong());
        model.submit();
        model.retryWrong();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.TAKING);
        assertThat(session().questionIds()).containsExactlyInAnyOrder(first, second);
        assertThat(session().duration()).isEqualTo(Duration.ofSeconds(144));
    }

    @Test
    void retakeAsksTheSameQuestionsInTheSameOrder() {
        model.start();
        List<String> ids = session().questionIds();
        model.submit();
        model.retake();
        assertThat(session().questionIds()).isEqualTo(ids);
        assertThat(session().testId()).isNotEqualTo(model.resultProperty().get().testId());
    }

    @Test
    void aFreshInstanceOffersToResumeWithTheSameAnswersAndTime() {
        model.start();
        model.select(right());
        model.saveAndNext();
        model.select(wrong());
        clock.advance(Duration.ofSeconds(30));
        model.markAndNext();
        MockSession before = session();

        clock.advance(Duration.ofHours(3));
        MockViewModel restarted = newInstance();
        assertThat(restarted.resumeOfferProperty().get().text())
                .isEqualTo("Resume mock test (2 answered, 11:30 left)");
        restarted.resume();
        MockSession resumed = restarted.sessionProperty().get();
        assertThat(resumed.states()).isEqualTo(before.states());
        assertThat(resumed.currentIndex()).isEqualTo(before.currentIndex());
        assertThat(restarted.remainingText()).isEqualTo("11:30");
    }

    @Test
    void aResumedTestCountsTimeOnlyFromTheResume() {
        model.start();
        model.select(0);
        clock.advance(Duration.ofHours(1));
        MockViewModel restarted = newInstance();
        restarted.resume();
        clock.advance(Duration.ofSeconds(10));
        restarted.tick();
        assertThat(restarted.remainingText()).isEqualTo("11:50");
    }

    @Test
    void discardingRemovesTheOfferAndKeepsTheTestOutOfTheHistory() {
        model.start();
        MockViewModel restarted = newInstance();
        restarted.discard();
        assertThat(restarted.resumeOfferProperty().get()).isNull();
        assertThat(ports.journal.get(ports.journal.size() - 1)).isInstanceOf(MockDiscardedEvent.class);
        assertThat(newInstance().historyProperty().get().tests()).isEmpty();
    }

    @Test
    void startingANewTestDiscardsTheUnfinishedOne() {
        model.start();
        String unfinished = session().testId();
        MockViewModel restarted = newInstance();
        restarted.start();
        assertThat(ports.journal).anySatisfy(e -> assertThat(e).isEqualTo(
                new MockDiscardedEvent(unfinished, clock.instant())));
        assertThat(newInstance().resumeOfferProperty().get().session().testId())
                .isEqualTo(restarted.sessionProperty().get().testId());
    }

    @Test
    void theHistoryKeepsEverySubmittedTestAcrossInstances() {
        model.start();
        model.submit();
        clock.advance(Duration.ofDays(1));
        model.newTest();
        model.start();
        model.select(right());
        model.submit();
        assertThat(newInstance().historyProperty().get().scoreTrend()).hasSize(2);
    }

    @Test
    void aFailedSaveIsShownAndRetriedAtTheNextAction() {
        model.start();
        ports.failure = new UncheckedIOException("Cannot write journal.jsonl: disk full", new IOException("ENOSPC"));
        model.select(1);
        assertThat(model.saveErrorProperty().get()).contains("disk full");
        ports.failure = null;
        model.saveAndNext();
        assertThat(model.saveErrorProperty().get()).isEmpty();
        MockSession replayed = MockSession.replay(session().testId(), ports.journal).orElseThrow();
        assertThat(replayed.states().get(0).selected()).isEqualTo(1);
    }

    @Test
    void anEditedMarkingSchemeIsUsedForTheScore() {
        model.marksRightProperty().set("1");
        model.marksWrongProperty().set("−1/3");
        assertThat(model.planProperty().get()).endsWith("marking +1 / -1/3 / 0");
        model.start();
        model.select(wrong());
        model.submit();
        assertThat(model.resultProperty().get().score()).isEqualTo(Fraction.of(-1, 3));
    }

    @Test
    void aBadMarkNamesTheFieldAndBlocksTheStart() {
        model.marksWrongProperty().set("two");
        assertThat(model.setupErrorProperty().get()).isEqualTo("Marks for a wrong answer: not a number or fraction: 'two'");
        model.start();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.SETUP);
        assertThat(ports.journal).isEmpty();
    }

    @Test
    void aCustomTestUsesItsCountTimeAndFilters() {
        model.presetProperty().set(MockPreset.CUSTOM);
        model.customCountProperty().set("4");
        model.customMinutesProperty().set("7");
        model.topics().add(Topic.DEFENCE);
        model.start();
        assertThat(session().size()).isEqualTo(4);
        assertThat(session().duration()).isEqualTo(Duration.ofMinutes(7));
        assertThat(session().questionIds()).allSatisfy(id ->
                assertThat(model.question(id).primaryTopic()).isEqualTo(Topic.DEFENCE));
    }

    @Test
    void aCustomTestWithNothingMatchingSaysSo() {
        model.presetProperty().set(MockPreset.CUSTOM);
        model.weakSpotsOnlyProperty().set(true);
        assertThat(model.setupErrorProperty().get()).startsWith("No question in the bank matches");
        ports.weakSpots.add("ij-3");
        model.weakSpotsOnlyProperty().set(false);
        model.weakSpotsOnlyProperty().set(true);
        assertThat(model.planProperty().get()).startsWith("1 question in 24:00");
    }

    @Test
    void anEmptyBankExplainsWhyNoTestCanStart() {
        MockViewModel empty = new MockViewModel(List.of(), ports, clock);
        assertThat(empty.setupErrorProperty().get()).startsWith("The question bank has no objective questions");
        empty.start();
        assertThat(empty.screenProperty().get()).isEqualTo(MockViewModel.Screen.SETUP);
    }

    @Test
    void aCustomCountMustBeAWholeNumberInRange() {
        model.presetProperty().set(MockPreset.CUSTOM);
        model.customCountProperty().set("0");
        assertThat(model.setupErrorProperty().get()).isEqualTo("Questions must be a whole number from 1 to 200, not '0'.");
    }

    @Test
    void openingAPastTestShowsItsResult() {
        model.start();
        model.submit();
        model.newTest();
        model.openPast(model.historyProperty().get().tests().get(0));
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.RESULTS);
        assertThat(model.reviewRows()).hasSize(10);
    }
}
