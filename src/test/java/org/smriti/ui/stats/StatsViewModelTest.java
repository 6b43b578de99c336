package org.smriti.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.optimizer.CalibrationBin;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;
import org.smriti.testsupport.Questions;

/** The calibration on the Stats screen: computed in the background, shown on the UI thread, the latest only. */
class StatsViewModelTest {

    private static final List<CalibrationBin> FIRST = List.of(new CalibrationBin(0.62, 0.55, 40),
            new CalibrationBin(0.91, 0.93, 180));
    private static final List<CalibrationBin> SECOND = List.of(new CalibrationBin(0.88, 0.86, 260));

    @TempDir
    Path dir;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private Settings settings = Settings.defaults();
    private ProgressStore store;
    private StatsViewModel model;

    @BeforeEach
    void open() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec());
        QuestionBank bank = new QuestionBank(List.of(Questions.flashcard("card", Topic.ECONOMY)));
        StudyService study = new StudyService(bank, Questions.factsOf(bank), store, () -> settings, clock);
        model = new StatsViewModel(study, List::of, () -> settings, this::calibration, background::add, ui::add);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    /** The next answer the test queued: bins, or an exception to throw. */
    @SuppressWarnings("unchecked")
    private List<CalibrationBin> calibration() throws IOException {
        Object next = answers.poll();
        if (next instanceof IOException e) {
            throw e;
        }
        return (List<CalibrationBin>) next;
    }

    @Test
    void theCalibrationIsComputedInTheBackgroundAndShownOnTheUiThread() {
        answers.add(FIRST);
        model.refresh();
        assertThat(model.reportProperty().get()).as("the other figures at once").isNotNull();
        assertThat(model.calibrationProperty().get().computing()).isTrue();

        run(background);
        assertThat(model.calibrationProperty().get().computing()).as("not until the UI thread shows it").isTrue();
        run(ui);

        Calibration shown = model.calibrationProperty().get();
        assertThat(shown.computing()).isFalse();
        assertThat(shown.bins()).isEqualTo(FIRST);
        assertThat(shown.fitted()).isFalse();
        assertThat(shown.reviews()).isEqualTo(220);
    }

    @Test
    void itSaysWhenTheWeightsJudgedWereFittedToTheReviews() {
        settings = settings.toBuilder().fsrsWeights(FsrsParameters.defaults()).build();
        answers.add(FIRST);
        model.refresh();
        run(background);
        run(ui);

        assertThat(model.calibrationProperty().get().fitted()).isTrue();
    }

    @Test
    void anUnreadableJournalIsExplainedInPlaceOfTheChart() {
        answers.add(new IOException("journal.jsonl: line 3: unexpected end of file"));
        model.refresh();
        run(background);
        run(ui);

        assertThat(model.calibrationProperty().get().problem())
                .contains("Calibration cannot be shown: journal.jsonl: line 3: unexpected end of file");
    }

    @Test
    void onlyTheLatestCalibrationIsShown() {
        answers.add(FIRST);
        answers.add(SECOND);
        model.refresh();
        model.refresh();
        run(background);

        ui.poll().run();
        assertThat(model.calibrationProperty().get().computing()).as("the first run's bins are dropped").isTrue();
        run(ui);

        assertThat(model.calibrationProperty().get().bins()).isEqualTo(SECOND);
    }

    @Test
    void theLastBinsStayWhileTheyAreRecomputedSoThePageDoesNotJump() {
        answers.add(FIRST);
        answers.add(SECOND);
        model.refresh();
        run(background);
        run(ui);

        model.refresh();

        assertThat(model.calibrationProperty().get().bins()).isEqualTo(FIRST);
    }

    @Test
    void binsOfOtherWeightsAreNotShownWhileTheNewOnesAreComputed() {
        answers.add(FIRST);
        model.refresh();
        run(background);
        run(ui);

        settings = settings.toBuilder().fsrsWeights(FsrsParameters.defaults()).build();
        model.refresh();

        assertThat(model.calibrationProperty().get().computing()).isTrue();
    }

    @Test
    void theOverallRecallIsWeightedByReviews() {
        Calibration c = Calibration.of(FIRST, false);

        assertThat(c.meanPredicted()).isCloseTo((0.62 * 40 + 0.91 * 180) / 220, within(1e-12));
        assertThat(c.meanActual()).isCloseTo((0.55 * 40 + 0.93 * 180) / 220, within(1e-12));
        assertThat(c.enough()).isTrue();
        assertThat(Calibration.of(List.of(new CalibrationBin(0.9, 1, Calibration.MIN_REVIEWS - 1)), false).enough())
                .isFalse();
    }

    private static void run(Deque<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }
}
