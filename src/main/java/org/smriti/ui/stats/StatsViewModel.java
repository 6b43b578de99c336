package org.smriti.ui.stats;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.settings.Settings;
import org.smriti.core.stats.DueForecast;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.ExamPlan;
import org.smriti.core.stats.Retention;
import org.smriti.core.stats.ReviewCalendar;
import org.smriti.core.stats.TimePerDay;
import org.smriti.core.stats.TopicMastery;
import org.smriti.study.StudyService;
import org.smriti.ui.common.ErrorDialog;

/**
 * State of the Stats screen: one {@link StatsReport} of every figure, recomputed by {@link #refresh()} each time
 * the screen is shown, and the calibration of the weights in use, computed in the background as it reads the
 * whole journal. Exam mode is a toggle here only; whoever owns its persistence listens to
 * {@link #examModeProperty()}.
 */
public final class StatsViewModel {

    private final StudyService study;
    private final Supplier<List<ProgressEvent>> mockEvents;
    private final Supplier<Settings> settings;
    private final CalibrationSource calibrationSource;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<StatsReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Calibration> calibration = new ReadOnlyObjectWrapper<>(this, "calibration");
    private final BooleanProperty examMode = new SimpleBooleanProperty(this, "examMode", false);
    /** Numbers the calibration runs, so that only the latest one's bins are shown. */
    private int calibrationRun;

    /**
     * @param mockEvents  the journal's mock-test events (for the score trend, mock accuracy and time)
     * @param settings    the current settings (exam date, desired retention, new cards a day, the weights)
     * @param calibration the calibration of the weights in use, read from the journal
     * @param background  where the calibration is computed
     * @param ui          the UI thread, where it is shown
     */
    public StatsViewModel(StudyService study, Supplier<List<ProgressEvent>> mockEvents, Supplier<Settings> settings,
                          CalibrationSource calibration, Executor background, Executor ui) {
        this.study = Objects.requireNonNull(study, "study");
        this.mockEvents = Objects.requireNonNull(mockEvents, "mockEvents");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calibrationSource = Objects.requireNonNull(calibration, "calibration");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    public ReadOnlyObjectProperty<StatsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Predicted against actual recall for the weights in use; null before the first {@link #refresh()}. */
    public ReadOnlyObjectProperty<Calibration> calibrationProperty() {
        return calibration.getReadOnlyProperty();
    }

    /** On: desired retention rises as the exam nears and enough new cards are introduced to see them all. */
    public BooleanProperty examModeProperty() {
        return examMode;
    }

    /** Recomputes every figure; the calibration follows from the background. */
    public void refresh() {
        Settings s = settings.get();
        refreshCalibration(s.fsrsWeights() != null);
        QuestionBank bank = study.bank();
        ProgressState state = study.state();
        Scheduler scheduler = study.scheduler();
        DayClock clock = study.dayClock();
        Instant now = study.now();
        LocalDate today = clock.dayOf(now);

        MockHistory mocks;
        Optional<String> mockProblem;
        try {
            mocks = MockHistory.from(mockEvents.get(), bank.asMap());
            mockProblem = Optional.empty();
        } catch (IllegalArgumentException e) {
            mocks = new MockHistory(List.of());
            mockProblem = Optional.of("Mock results cannot be shown: " + e.getMessage());
        }

        Optional<ExamPlan> exam = Optional.ofNullable(s.examDate())
                .map(date -> ExamPlan.of(date, bank, state, scheduler, now, MarkingScheme.UPSC));
        Optional<ExamMode.Unseen> unseen = Optional.ofNullable(s.examDate())
                .map(date -> ExamMode.unseenBeforeExam(bank, state, today, date));
        report.set(new StatsReport(clock,
                ReviewCalendar.lastYear(state, clock, now),
                DueForecast.of(bank, state, clock, now, DueForecast.DAYS),
                Retention.of(state, clock, now),
                TopicMastery.of(bank, state, scheduler, now, mocks),
                mocks.scoreTrend(),
                mockProblem,
                TimePerDay.of(state, mocks, clock, now, TimePerDay.DAYS),
                exam,
                unseen,
                ExamMode.retentionFor(s, today),
                unseen.map(u -> ExamMode.newPerDayFor(s, u)).orElse(s.newPerDay())));
    }

    private void refreshCalibration(boolean fitted) {
        int run = ++calibrationRun;
        // Until the new bins arrive the last ones stay, so the page does not jump, unless they were for other weights.
        Calibration last = calibration.get();
        if (last == null || last.fitted() != fitted) {
            calibration.set(Calibration.computing(fitted));
        }
        background.execute(() -> {
            Calibration result;
            try {
                result = Calibration.of(calibrationSource.calibration(), fitted);
            } catch (IOException | RuntimeException e) {
                result = Calibration.failed("Calibration cannot be shown: " + ErrorDialog.readableMessage(e), fitted);
            }
            Calibration shown = result;
            ui.execute(() -> {
                if (run == calibrationRun) {
                    calibration.set(shown);
                }
            });
        });
    }
}
