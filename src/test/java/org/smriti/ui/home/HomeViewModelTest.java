package org.smriti.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.mock.Outcome;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;
import org.smriti.testsupport.MutableClock;
import org.smriti.testsupport.Questions;

class HomeViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);
    private final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private ProgressStore store;
    private StudyService study;
    private HomeViewModel model;

    @BeforeEach
    void open() throws Exception {
        QuestionBank bank = new QuestionBank(List.of(
                Questions.mcq("jimex-q", Topic.DEFENCE, 1), Questions.flashcard("trade-q", Topic.ECONOMY)));
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec());
        study = new StudyService(bank, Questions.factsOf(bank), store, settings::get, clock);
        model = new HomeViewModel(study, settings, () -> Optional.of(twoRightOneWrong()));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void countsWhatIsLeftToday() {
        assertThat(model.newLeftProperty().get()).isEqualTo(2);
        assertThat(model.headlineProperty().get()).isEqualTo("2 cards to revise today");
    }

    @Test
    void anAnsweredCardCountsAsDoneAndAsLearningOnlyOnceItFallsDue() throws Exception {
        study.answer("jimex-q", Rating.GOOD, 5000);
        model.refresh();
        assertThat(model.newLeftProperty().get()).isEqualTo(1);
        assertThat(model.learningLeftProperty().get()).as("due in 10 minutes, behind a new card").isZero();
        assertThat(model.doneTodayProperty().get()).isEqualTo(1);
        clock.advance(java.time.Duration.ofMinutes(10));
        model.tick();
        assertThat(model.learningLeftProperty().get()).as("due now").isEqualTo(1);
        assertThat(model.streakProperty().get()).startsWith("1 day in a row");
    }

    @Test
    void streakCanBeHidden() {
        settings.set(settings.get().toBuilder().showStreak(false).build());
        assertThat(model.streakProperty().get()).isEmpty();
    }

    @Test
    void showsTheLastMockScore() {
        assertThat(model.lastMockProperty().get()).isEqualTo("Last mock test: 3.33 / 6 (55.6 %)");
    }

    @ParameterizedTest(name = "exam on {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2027-05-23 | 180 days to your exam (2027-05-23)",
            "2026-11-25 | Your exam is tomorrow (2026-11-25)",
            "2026-11-24 | Your exam is today. All the best!",
            "2026-11-01 | Your exam date (2026-11-01) has passed — set the next one in Settings."})
    void examCountdown(LocalDate exam, String text) {
        assertThat(HomeViewModel.countdown(exam, LocalDate.parse("2026-11-24"))).isEqualTo(text);
    }

    @Test
    void noExamDateNoCountdown() {
        assertThat(model.examCountdownProperty().get()).isEmpty();
    }

    /** Two right (+2 each) and one wrong (−2/3) under UPSC marking: 10/3 of 6. */
    private static MockResult twoRightOneWrong() {
        List<MockResult.QuestionRow> rows = List.of(
                row(0, Outcome.CORRECT, Fraction.of(2)), row(1, Outcome.CORRECT, Fraction.of(2)),
                row(2, Outcome.WRONG, Fraction.of(-2, 3)));
        return new MockResult("t", MockSpec.custom(3, Duration.ofMinutes(4), 1), Instant.EPOCH, Duration.ofMinutes(4),
                Duration.ofMinutes(3), false, rows, List.of());
    }

    private static MockResult.QuestionRow row(int index, Outcome outcome, Fraction marks) {
        return new MockResult.QuestionRow(index, "q" + index, Topic.DEFENCE, 0, outcome == Outcome.CORRECT ? 0 : 1,
                outcome, false, Duration.ofSeconds(30), false, marks);
    }
}
