package org.smriti.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.StudyQueue;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.testsupport.Questions;

class StudyServiceTest {

    private static final Instant MORNING = Instant.parse("2026-11-24T06:00:00Z");

    @TempDir
    Path dir;

    private ProgressStore store;

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private StudyService open(Instant now) throws Exception {
        return open(now, Settings.defaults());
    }

    private StudyService open(Instant now, Settings settings) throws Exception {
        if (store != null) {
            store.close();
        }
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec());
        QuestionBank bank = new QuestionBank(List.of(
                Questions.mcq("fact-mcq", Topic.DEFENCE, 1),
                Questions.sibling("fact-card", "fact-mcq", Topic.DEFENCE),
                Questions.flashcard("other", Topic.ECONOMY)));
        return new StudyService(bank, Questions.factsOf(bank), store, () -> settings, clock);
    }

    @Test
    void newSiblingsOfOneFactAreNotBothShownToday() throws Exception {
        StudyService study = open(MORNING);
        List<String> ids = study.dailyQueue().upcoming(MORNING);
        assertThat(ids).hasSize(2).contains("other");
        assertThat(ids).containsAnyOf("fact-mcq", "fact-card");
    }

    @Test
    void siblingStaysBuriedAfterTheFactWasStudiedToday() throws Exception {
        StudyService study = open(MORNING);
        study.answer("fact-mcq", Rating.EASY, 1000);
        assertThat(study.dailyQueue().upcoming(MORNING)).doesNotContain("fact-card", "fact-mcq");
    }

    @Test
    void buriedSiblingComesTheNextDay() throws Exception {
        open(MORNING).answer("fact-mcq", Rating.EASY, 1000);
        StudyService tomorrow = open(MORNING.plusSeconds(86_400));
        assertThat(tomorrow.dailyQueue().upcoming(MORNING.plusSeconds(86_400))).contains("fact-card");
    }

    @Test
    void theQueueWorkedOutAheadIsTheFirstOneAskedForAndOnlyThat() throws Exception {
        StudyService study = open(MORNING);
        study.workOutAhead();

        StudyQueue first = study.dailyQueue();
        StudyQueue second = study.dailyQueue();

        assertThat(second).isNotSameAs(first);
        assertThat(first.upcoming(MORNING)).isEqualTo(second.upcoming(MORNING));
        assertThat(study.streaks()).isEqualTo(study.streaks());
    }

    @Test
    void aQueueWorkedOutAheadIsNotUsedOnceAnAnswerChangedTheDay() throws Exception {
        StudyService study = open(MORNING);
        study.workOutAhead();

        study.answer("fact-mcq", Rating.EASY, 1000);

        assertThat(study.dailyQueue().upcoming(MORNING)).doesNotContain("fact-card", "fact-mcq");
        assertThat(study.streaks().current()).isEqualTo(1);
    }

    @Test
    void answerIsDurableAcrossAReopen() throws Exception {
        open(MORNING).answer("other", Rating.GOOD, 4000);
        StudyService again = open(MORNING);
        assertThat(again.progress("other").history()).hasSize(1);
        assertThat(again.reviewsToday()).isEqualTo(1);
        assertThat(again.doneToday().newCards()).isEqualTo(1);
    }

    @Test
    void examModeRaisesRetentionAsTheExamNears() throws Exception {
        Settings exam = Settings.defaults().toBuilder()
                .examDate(java.time.LocalDate.parse("2026-12-09")).examMode(true).build();
        StudyService study = open(MORNING, exam);
        assertThat(study.scheduler().config().desiredRetention()).isEqualTo(0.90 + 0.05 * 15 / 30, within(1e-9));
    }

    @Test
    void examModeIntroducesEnoughNewCardsToSeeAllBeforeTheExam() throws Exception {
        Settings exam = Settings.defaults().toBuilder().newPerDay(0)
                .examDate(java.time.LocalDate.parse("2026-11-26")).examMode(true).build();
        StudyService study = open(MORNING, exam);
        assertThat(study.dailyQueue().counts(MORNING).newCount()).as("3 unseen cards over 2 days").isEqualTo(2);
    }

    @Test
    void withoutExamModeTheSettingsApplyAsTheyAre() throws Exception {
        Settings plain = Settings.defaults().toBuilder().examDate(java.time.LocalDate.parse("2026-12-09")).build();
        assertThat(open(MORNING, plain).scheduler().config().desiredRetention()).isEqualTo(0.90);
    }

    @Test
    void streakCountsStudyDays() throws Exception {
        open(MORNING.minusSeconds(86_400)).answer("other", Rating.GOOD, 1000);
        StudyService today = open(MORNING);
        today.answer("fact-mcq", Rating.GOOD, 1000);
        assertThat(today.streaks().current()).isEqualTo(2);
    }
}
