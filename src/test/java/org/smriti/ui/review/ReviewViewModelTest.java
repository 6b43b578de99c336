package org.smriti.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.DiskFaults;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;
import org.smriti.testsupport.MutableClock;
import org.smriti.testsupport.Questions;
import org.smriti.ui.common.CardActions;
import org.smriti.ui.review.ReviewViewModel.Phase;


class ReviewViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T03:30:00Z"), ZoneOffset.UTC);
    private ProgressStore store;
    private StudyService study;
    private ReviewViewModel model;

    /** What the library does when a card is saved elsewhere: the study service gets the new bank, then screens hear. */
    private final List<Runnable> cardListeners = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        QuestionBank bank = new QuestionBank(List.of(
                Questions.mcq("jimex-q", Topic.DEFENCE, 2),
                Questions.flashcard("trade-q", Topic.ECONOMY),
                Questions.mcq("treaty-q", Topic.HISTORY, 0)));
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec());
        study = new StudyService(bank, Questions.factsOf(bank), store, Settings::defaults, clock);
        CardActions cards = new CardActions.None() {
            @Override
            public void onChange(Runnable listener) {
                cardListeners.add(listener);
            }
        };
        model = new ReviewViewModel(study, cards);
    }

    private void saveOwnCard(Question card) {
        List<Question> questions = new ArrayList<>(List.of(card));
        questions.addAll(study.bank().questions());
        QuestionBank bank = new QuestionBank(questions);
        study.replaceBank(bank, Questions.factsOf(bank));
        cardListeners.forEach(Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void startScreenCountsTodaysNewCards() {
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.START);
        assertThat(model.startScreen().todayCountsProperty().get().newCount()).isEqualTo(3);
    }

    @Test
    void startShowsTheFirstCardInBankOrder() {
        model.start(Practice.daily());
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.ASKING);
        assertThat(model.questionProperty().get().id()).isEqualTo("jimex-q");
        assertThat(model.session().leftProperty().get()).isEqualTo(3);
    }

    @Test
    void checkingWithoutAChoiceAsksForOne() {
        model.start(Practice.daily());
        model.reveal();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.ASKING);
        assertThat(model.messageProperty().get()).contains("Choose an option first");
    }

    @Test
    void wrongChoicePreselectsAgain() {
        model.start(Practice.daily());
        model.choose(0);
        model.reveal();
        assertThat(model.correctProperty().get()).isFalse();
        assertThat(model.suggestedProperty().get()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void rightChoicePreselectsGood() {
        model.start(Practice.daily());
        model.choose(2);
        model.reveal();
        assertThat(model.correctProperty().get()).isTrue();
        assertThat(model.suggestedProperty().get()).isEqualTo(Rating.GOOD);
    }

    @Test
    void ratingButtonsShowTheSchedulersPreview() {
        model.start(Practice.daily());
        model.choose(2);
        model.reveal();
        assertThat(model.intervalLabelProperty(Rating.AGAIN).get()).isEqualTo("1m");
        assertThat(model.intervalLabelProperty(Rating.HARD).get()).isEqualTo("6m");
        assertThat(model.intervalLabelProperty(Rating.GOOD).get()).isEqualTo("10m");
        assertThat(model.intervalLabelProperty(Rating.EASY).get()).isNotEmpty();
    }

    @Test
    void ratingSavesTheReviewAndMovesOn() {
        model.start(Practice.daily());
        model.choose(2);
        model.reveal();
        clock.advance(Duration.ofSeconds(12));
        model.rate(Rating.GOOD);
        assertThat(store.state().get("jimex-q").orElseThrow().history()).hasSize(1);
        assertThat(store.state().get("jimex-q").orElseThrow().history().get(0).durationMillis()).isEqualTo(12_000);
        assertThat(model.questionProperty().get().id()).isEqualTo("trade-q");
        assertThat(model.session().doneProperty().get()).isEqualTo(1);
    }

    @Test
    void failedCardDoesNotComeStraightBack() {
        model.start(Practice.daily());
        model.choose(0);
        model.reveal();
        model.rate(Rating.AGAIN);
        assertThat(model.questionProperty().get().id()).isNotEqualTo("jimex-q");
    }

    @Test
    void flashcardRevealsOnSpaceAndSuggestsGood() {
        model.start(Practice.daily());
        answerCurrent(Rating.GOOD);
        model.reveal();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.ANSWERED);
        assertThat(model.correctProperty().get()).isNull();
        assertThat(model.suggestedProperty().get()).isEqualTo(Rating.GOOD);
    }

    @Test
    void undoRestoresTheExactPriorCardAndShowsItAgain() {
        model.start(Practice.daily());
        answerCurrent(Rating.GOOD);
        model.undo();
        assertThat(model.questionProperty().get().id()).isEqualTo("jimex-q");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.ASKING);
        assertThat(study.card("jimex-q").state()).isEqualTo(CardState.NEW);
        assertThat(store.state().get("jimex-q").map(p -> p.history()).orElse(List.of())).isEmpty();
        assertThat(model.session().doneProperty().get()).isZero();
    }

    @Test
    void bookmarkIsSaved() {
        model.start(Practice.daily());
        model.toggleBookmark();
        assertThat(model.bookmarkedProperty().get()).isTrue();
        assertThat(store.state().get("jimex-q").orElseThrow().bookmarked()).isTrue();
    }

    @Test
    void sessionEndsWithASummaryNeverABlankScreen() {
        model.start(Practice.daily());
        answerCurrent(Rating.EASY);
        answerCurrent(Rating.EASY);
        answerCurrent(Rating.EASY);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        Summary s = model.session().summaryProperty().get();
        assertThat(s.cards()).isEqualTo(3);
        assertThat(s.objectiveAnswered()).isEqualTo(2);
        assertThat(s.objectiveCorrect()).isEqualTo(2);
    }

    @Test
    void emptyPracticeEndsAtOnceWithAnEmptySummary() {
        model.start(Practice.bookmarks());
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(model.session().summaryProperty().get().cards()).isZero();
    }

    @Test
    void topicPracticeOnlyShowsThatTopic() {
        model.start(Practice.topics(Set.of(Topic.ECONOMY)));
        assertThat(model.questionProperty().get().id()).isEqualTo("trade-q");
        assertThat(model.session().leftProperty().get()).isEqualTo(1);
    }

    @Test
    void saveFailureKeepsTheCardOnScreenWithTheReasonAndRetrySucceeds() throws Exception {
        store.close();
        DiskFaults disk = DiskFaults.open(dir, clock);
        store = disk.store();
        model = new ReviewViewModel(new StudyService(study.bank(),
                Questions.factsOf(study.bank()), store, Settings::defaults, clock), CardActions.none());
        model.start(Practice.daily());
        model.choose(2);
        model.reveal();
        disk.setFull(true);
        model.rate(Rating.GOOD);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.ANSWERED);
        assertThat(model.questionProperty().get().id()).isEqualTo("jimex-q");
        assertThat(model.messageProperty().get()).contains("was not saved", "No space left on device");
        disk.setFull(false);
        model.rate(Rating.GOOD);
        assertThat(model.questionProperty().get().id()).isEqualTo("trade-q");
        assertThat(store.state().get("jimex-q").orElseThrow().history()).hasSize(1);
    }

    @Test
    void aSessionLeftWithOnlyLaterLearningEndsSayingWhenItComesBackAndPicksItUpWhenDue() throws Exception {
        Settings thirtyMinuteStep = Settings.defaults().toBuilder().learningSteps(List.of(Duration.ofMinutes(30)))
                .build();
        clock.set(Instant.parse("2026-11-24T10:00:00Z")); // mid-day: the card comes back the same study day
        QuestionBank one = new QuestionBank(List.of(Questions.flashcard("only-q", Topic.ECONOMY)));
        model = new ReviewViewModel(new StudyService(one, Questions.factsOf(one), store, () -> thirtyMinuteStep,
                clock), CardActions.none());
        model.start(Practice.daily());
        model.reveal();
        model.rate(Rating.AGAIN);

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(model.session().dueAgainProperty().get()).isEqualTo("1 card due again at 10:30.");
        clock.advance(Duration.ofMinutes(9));
        model.tick();
        assertThat(model.session().canContinueProperty().get()).as("still 21 minutes away").isFalse();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        model.tick();
        assertThat(model.session().canContinueProperty().get()).as("within 20 minutes, nothing else left").isTrue();
        model.continueSession();
        assertThat(model.questionProperty().get().id()).isEqualTo("only-q");
    }

    @Test
    void theStartScreenPicksUpALearningCardWhenItFallsDue() {
        model.start(Practice.daily());
        answerCurrent(Rating.AGAIN);
        model.finish();
        model.backToStart();
        assertThat(model.startScreen().todayCountsProperty().get().learningCount())
                .as("due in a minute, new cards wait").isZero();

        clock.advance(Duration.ofSeconds(61));
        model.tick();

        assertThat(model.startScreen().todayCountsProperty().get().learningCount()).isEqualTo(1);
    }

    @Test
    void topicPracticeWithNothingTickedAsksForATopic() {
        model.startTopicPractice();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.START);
        assertThat(model.messageProperty().get()).isEqualTo("Tick at least one topic first.");

        model.startScreen().chosenTopics().add(Topic.HISTORY);
        model.startTopicPractice();
        assertThat(model.questionProperty().get().id()).isEqualTo("treaty-q");
    }

    @Test
    void aCardSavedDuringTheSessionJoinsIt() {
        model.start(Practice.daily());
        assertThat(model.session().leftProperty().get()).isEqualTo(3);

        saveOwnCard(Questions.flashcard("my-card", Topic.DEFENCE));

        assertThat(model.questionProperty().get().id()).as("the card on screen stays").isEqualTo("jimex-q");
        assertThat(model.session().leftProperty().get()).isEqualTo(4);
        answerCurrent(Rating.GOOD);
        assertThat(model.questionProperty().get().id()).as("own cards come first among new cards")
                .isEqualTo("my-card");
    }

    @Test
    void aCardSavedAfterTheSummaryLetsTheSessionContinue() {
        model.start(Practice.daily());
        for (int i = 0; i < 3; i++) {
            answerCurrent(Rating.EASY);
        }
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FINISHED);

        saveOwnCard(Questions.flashcard("my-card", Topic.DEFENCE));
        model.tick();

        assertThat(model.session().canContinueProperty().get()).isTrue();
        assertThat(model.session().dueAgainProperty().get()).contains("new ones were added");
        model.continueSession();
        assertThat(model.questionProperty().get().id()).isEqualTo("my-card");
    }

    /** Answers the current card correctly (objective) or reveals it (flashcard), then rates it. */
    private void answerCurrent(Rating rating) {
        var q = model.questionProperty().get();
        if (q instanceof org.smriti.core.question.ObjectiveQuestion) {
            model.choose(((org.smriti.core.question.ObjectiveQuestion) q).correctOption());
        }
        model.reveal();
        model.rate(rating);
    }
}
