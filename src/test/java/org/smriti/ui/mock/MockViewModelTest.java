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
    private final SetupModel setup = model.setup();
    private final TakingModel taking = model.taking();
    private final ResultsModel results = model.results();

    private MockViewModel newInstance() {
        return new MockViewModel(MockUiFixtures::bank, ports, clock);
    }

    private MockSession session() {
        return taking.sessionProperty().get();
    }

    private int right() {
        return taking.currentQuestion().correctOption();
    }

    private int wrong() {
        return (right() + 1) % 4;
    }

    @Test
    void quickIsPreselectedAndThePlanShowsCountTimeAndMarking() {
        assertThat(setup.presetProperty().get()).isEqualTo(MockPreset.QUICK);
        assertThat(setup.planProperty().get()).isEqualTo("10 questions in 12:00 · marking +2 / -2/3 / 0");
        assertThat(setup.errorProperty().get()).isEmpty();
    }

    @Test
    void fullShrinksToTheBankAt72SecondsAQuestion() {
        setup.presetProperty().set(MockPreset.FULL);
        assertThat(setup.planProperty().get()).startsWith("30 questions in 36:00 (only 30 of the 100 asked for");
    }

    @Test
    void startingAQuickTestShowsItsFirstQuestionAndJournalsTheStart() {
        model.start();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.TAKING);
        assertThat(session().size()).isEqualTo(10);
        assertThat(session().duration()).isEqualTo(Duration.ofMinutes(12));
        assertThat(taking.remainingText()).isEqualTo("12:00");
        assertThat(ports.journal).singleElement().isInstanceOf(MockStartedEvent.class);
    }

    @Test
    void twoFreshTestsGetDifferentQuestionsOrOrder() {
        model.start();
        List<String> first = session().questionIds();
        taking.submit();
        clock.advance(Duration.ofMinutes(1));
        model.newTest();
        model.start();
        assertThat(session().questionIds()).isNotEqualTo(first);
    }

    @Test
    void everyActionIsJournalledAtOnce() {
        model.start();
        int before = ports.appends();
        taking.select(0);
        taking.saveAndNext();
        taking.markAndNext();
        taking.previous();
        taking.select(2);
        taking.clearResponse();
        taking.jumpTo(5);
        assertThat(ports.appends()).isEqualTo(before + 7);
    }

    @Test
    void aChosenOptionIsInTheJournalBeforeTheNextAction() {
        model.start();
        taking.select(2);
        assertThat(ports.journal.get(ports.journal.size() - 1))
                .isInstanceOfSatisfying(MockChangedEvent.class, e -> assertThat(e.selectedOption()).isEqualTo(2));
    }

    @Test
    void thePaletteShowsAllFiveStates() {
        model.start();
        taking.select(0);
        taking.saveAndNext();          // 1 answered
        taking.saveAndNext();          // 2 not answered
        taking.markAndNext();          // 3 marked for review
        taking.select(1);
        taking.markAndNext();          // 4 answered and marked; 5 on screen, not answered
        assertThat(taking.paletteCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PaletteState.NOT_VISITED, 5,
                PaletteState.NOT_ANSWERED, 2,
                PaletteState.ANSWERED, 1,
                PaletteState.MARKED_FOR_REVIEW, 1,
                PaletteState.ANSWERED_AND_MARKED, 1));
    }

    @Test
    void clearResponseRemovesTheAnswerButKeepsTheMark() {
        model.start();
        taking.select(3);
        taking.markAndNext();
        taking.previous();
        taking.clearResponse();
        assertThat(session().current().answered()).isFalse();
        assertThat(session().paletteState(0)).isEqualTo(PaletteState.MARKED_FOR_REVIEW);
    }

    @Test
    void previousAndPaletteJumpsMoveTheQuestionOnScreen() {
        model.start();
        taking.jumpTo(7);
        assertThat(session().currentIndex()).isEqualTo(7);
        taking.previous();
        assertThat(session().currentIndex()).isEqualTo(6);
    }

    @Test
    void ticksSaveTheCountdownOnlyAtCheckpoints() {
        model.start();
        int before = ports.appends();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            taking.tick();
        }
        assertThat(ports.appends()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(1));
        taking.tick();
        assertThat(ports.appends()).isEqualTo(before + 1);
        assertThat(taking.remainingText()).isEqualTo("11:55");
    }

    @Test
    void warningsComeAtTenMinutesAndAtOneMinute() {
        model.start();
        clock.advance(Duration.ofMinutes(1));
        taking.tick();
        assertThat(taking.warningProperty().get()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        taking.tick();
        assertThat(taking.warningProperty().get()).isEqualTo("10 minutes left.");
        taking.dismissWarning();
        clock.advance(Duration.ofMinutes(9));
        taking.tick();
        assertThat(taking.warningProperty().get()).startsWith("1 minute left.");
    }

    @Test
    void atZeroTheTestIsSubmittedAutomaticallyAndTheResultShown() {
        model.start();
        taking.select(right());
        clock.advance(Duration.ofMinutes(12));
        taking.tick();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.RESULTS);
        MockResult result = results.resultProperty().get();
        assertThat(result.autoSubmitted()).isTrue();
        assertThat(result.correct()).isEqualTo(1);
        assertThat(ports.journal.get(ports.journal.size() - 1))
                .isInstanceOfSatisfying(MockSubmittedEvent.class, e -> assertThat(e.autoSubmitted()).isTrue());
    }

    @Test
    void anActionAfterTimeRanOutDoesNotCount() {
        model.start();
        clock.advance(Duration.ofMinutes(13));
        taking.select(right());
        assertThat(results.resultProperty().get().blank()).isEqualTo(10);
    }

    @Test
    void resultsCountRightWrongAndBlankWithNegativeMarking() {
        model.start();
        for (int i = 0; i < 3; i++) {
            taking.select(right());
            taking.saveAndNext();
        }
        for (int i = 0; i < 2; i++) {
            taking.select(wrong());
            taking.saveAndNext();
        }
        clock.advance(Duration.ofMinutes(5));
        taking.submit();
        MockResult r = results.resultProperty().get();
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
        taking.submit();
        assertThat(ports.fed).singleElement().isEqualTo(results.resultProperty().get());
    }

    @Test
    void answerReviewFiltersByKindAndTopic() {
        model.start();
        taking.select(wrong());
        taking.markAndNext();
        taking.select(right());
        taking.submit();
        results.answerKindProperty().set(ResultsModel.AnswerKind.WRONG);
        assertThat(results.answerRows()).extracting(MockResult.QuestionRow::index).containsExactly(0);
        results.answerKindProperty().set(ResultsModel.AnswerKind.MARKED);
        assertThat(results.answerRows()).extracting(MockResult.QuestionRow::index).containsExactly(0);
        results.answerKindProperty().set(ResultsModel.AnswerKind.BLANK);
        assertThat(results.answerRows()).hasSize(8);
        Topic topic = results.answerRows().get(0).topic();
        results.answerTopicProperty().set(topic);
        assertThat(results.answerRows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.topic()).isEqualTo(topic);
            assertThat(row.outcome()).isEqualTo(Outcome.BLANK);
        });
    }

    @Test
    void retryWrongAnswersStartsATestOfJustThose() {
        model.start();
        String first = session().currentQuestionId();
        taking.select(wrong());
        taking.saveAndNext();
        String second = session().currentQuestionId();
        taking.select(wrong());
        taking.submit();
        model.retryWrong();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.TAKING);
        assertThat(session().questionIds()).containsExactlyInAnyOrder(first, second);
        assertThat(session().duration()).isEqualTo(Duration.ofSeconds(144));
    }

    @Test
    void retakeAsksTheSameQuestionsInTheSameOrder() {
        model.start();
        List<String> ids = session().questionIds();
        taking.submit();
        model.retake();
        assertThat(session().questionIds()).isEqualTo(ids);
        assertThat(session().testId()).isNotEqualTo(results.resultProperty().get().testId());
    }

    @Test
    void aFreshInstanceOffersToResumeWithTheSameAnswersAndTime() {
        model.start();
        taking.select(right());
        taking.saveAndNext();
        taking.select(wrong());
        clock.advance(Duration.ofSeconds(30));
        taking.markAndNext();
        MockSession before = session();

        clock.advance(Duration.ofHours(3));
        MockViewModel restarted = newInstance();
        assertThat(restarted.resumeOfferProperty().get().text())
                .isEqualTo("Resume mock test (2 answered, 11:30 left)");
        restarted.resume();
        MockSession resumed = restarted.taking().sessionProperty().get();
        assertThat(resumed.states()).isEqualTo(before.states());
        assertThat(resumed.currentIndex()).isEqualTo(before.currentIndex());
        assertThat(restarted.taking().remainingText()).isEqualTo("11:30");
    }

    @Test
    void aResumedTestCountsTimeOnlyFromTheResume() {
        model.start();
        taking.select(0);
        clock.advance(Duration.ofHours(1));
        MockViewModel restarted = newInstance();
        restarted.resume();
        clock.advance(Duration.ofSeconds(10));
        restarted.taking().tick();
        assertThat(restarted.taking().remainingText()).isEqualTo("11:50");
    }

    @Test
    void discardingRemovesTheOfferAndKeepsTheTestOutOfTheHistory() {
        model.start();
        MockViewModel restarted = newInstance();
        restarted.discard();
        assertThat(restarted.resumeOfferProperty().get()).isNull();
        assertThat(ports.journal.get(ports.journal.size() - 1)).isInstanceOf(MockDiscardedEvent.class);
        assertThat(newInstance().history().historyProperty().get().tests()).isEmpty();
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
                .isEqualTo(restarted.taking().sessionProperty().get().testId());
    }

    @Test
    void theHistoryKeepsEverySubmittedTestAcrossInstances() {
        model.start();
        taking.submit();
        clock.advance(Duration.ofDays(1));
        model.newTest();
        model.start();
        taking.select(right());
        taking.submit();
        assertThat(newInstance().history().historyProperty().get().scoreTrend()).hasSize(2);
    }

    @Test
    void aFailedSaveIsShownAndRetriedAtTheNextAction() {
        model.start();
        ports.failure = new UncheckedIOException("Cannot write journal.jsonl: disk full", new IOException("ENOSPC"));
        taking.select(1);
        assertThat(model.saveErrorProperty().get()).contains("disk full");
        ports.failure = null;
        taking.saveAndNext();
        assertThat(model.saveErrorProperty().get()).isEmpty();
        MockSession replayed = MockSession.replay(session().testId(), ports.journal).orElseThrow();
        assertThat(replayed.states().get(0).selected()).isEqualTo(1);
    }

    @Test
    void anEditedMarkingSchemeIsUsedForTheScore() {
        setup.marksRightProperty().set("1");
        setup.marksWrongProperty().set("−1/3");
        assertThat(setup.planProperty().get()).endsWith("marking +1 / -1/3 / 0");
        model.start();
        taking.select(wrong());
        taking.submit();
        assertThat(results.resultProperty().get().score()).isEqualTo(Fraction.of(-1, 3));
    }

    @Test
    void aBadMarkNamesTheFieldAndBlocksTheStart() {
        setup.marksWrongProperty().set("two");
        assertThat(setup.errorProperty().get()).isEqualTo("Marks for a wrong answer: not a number or fraction: 'two'");
        model.start();
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.SETUP);
        assertThat(ports.journal).isEmpty();
    }

    @Test
    void aCustomTestUsesItsCountTimeAndFilters() {
        setup.presetProperty().set(MockPreset.CUSTOM);
        setup.customCountProperty().set("4");
        setup.customMinutesProperty().set("7");
        setup.topics().add(Topic.DEFENCE);
        model.start();
        assertThat(session().size()).isEqualTo(4);
        assertThat(session().duration()).isEqualTo(Duration.ofMinutes(7));
        assertThat(session().questionIds()).allSatisfy(id ->
                assertThat(model.question(id).primaryTopic()).isEqualTo(Topic.DEFENCE));
    }

    @Test
    void aCustomTestWithNothingMatchingSaysSo() {
        setup.presetProperty().set(MockPreset.CUSTOM);
        setup.weakSpotsOnlyProperty().set(true);
        assertThat(setup.errorProperty().get()).startsWith("No question in the bank matches");
        ports.weakSpots.add("ij-3");
        setup.weakSpotsOnlyProperty().set(false);
        setup.weakSpotsOnlyProperty().set(true);
        assertThat(setup.planProperty().get()).startsWith("1 question in 24:00");
    }

    @Test
    void anEmptyBankExplainsWhyNoTestCanStart() {
        MockViewModel empty = new MockViewModel(List::of, ports, clock);
        assertThat(empty.setup().errorProperty().get()).startsWith("The question bank has no objective questions");
        empty.start();
        assertThat(empty.screenProperty().get()).isEqualTo(MockViewModel.Screen.SETUP);
    }

    @Test
    void aCustomCountMustBeAWholeNumberInRange() {
        setup.presetProperty().set(MockPreset.CUSTOM);
        setup.customCountProperty().set("0");
        assertThat(setup.errorProperty().get()).isEqualTo("Questions must be a whole number from 1 to 200, not '0'.");
    }

    @Test
    void openingAPastTestShowsItsResult() {
        model.start();
        taking.submit();
        model.newTest();
        model.openPast(model.history().historyProperty().get().tests().get(0));
        assertThat(model.screenProperty().get()).isEqualTo(MockViewModel.Screen.RESULTS);
        assertThat(results.answerRows()).hasSize(10);
    }
}
