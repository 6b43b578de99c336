package org.smriti.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.study.StudyService;
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
        model = new HomeViewModel(study, settings, () -> Optional.of("Last mock test: 12.67 / 20 (63%)"));
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
    void answeringMovesACardFromNewToLearningAndCountsItDone() throws Exception {
        study.answer("jimex-q", Rating.GOOD, 5000);
        model.refresh();
        assertThat(model.newLeftProperty().get()).isEqualTo(1);
        assertThat(model.learningLeftProperty().get()).isEqualTo(1);
        assertThat(model.doneTodayProperty().get()).isEqualTo(1);
        assertThat(model.streakProperty().get()).startsWith("1 day in a row");
    }

    @Test
    void streakCanBeHidden() {
        settings.set(settings.get().toBuilder().showStreak(false).build());
        assertThat(model.streakProperty().get()).isEmpty();
    }

    @Test
    void showsTheLastMockScore() {
        assertThat(model.lastMockProperty().get()).isEqualTo("Last mock test: 12.67 / 20 (63%)");
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
}
