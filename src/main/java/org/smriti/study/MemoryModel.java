package org.smriti.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.smriti.core.fsrs.optimizer.CalibrationBin;
import org.smriti.core.fsrs.optimizer.Evaluation;
import org.smriti.core.fsrs.optimizer.OptimalRetention;
import org.smriti.core.fsrs.optimizer.OptimizationResult;
import org.smriti.core.fsrs.optimizer.Optimizer;
import org.smriti.core.fsrs.optimizer.OptimizerOptions;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.core.fsrs.optimizer.SimulatorConfig;
import org.smriti.core.fsrs.optimizer.StudyHabits;
import org.smriti.core.fsrs.optimizer.TrainingSet;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.journal.TrainingData;

/**
 * The aspirant's memory model: fitting FSRS's weights to their own reviews, how well the weights in use predict
 * them, and the desired retention that costs the least study per card remembered. Each call reads the journal and
 * computes for up to a second or two: call it off the UI thread.
 */
public final class MemoryModel {

    private final ProgressStore store;
    private final StudyService study;
    private final Supplier<Settings> settings;

    public MemoryModel(ProgressStore store, StudyService study, Supplier<Settings> settings) {
        this.store = store;
        this.study = study;
        this.settings = settings;
    }

    /** Fits the weights to the aspirant's reviews; nothing is applied (the aspirant decides). */
    public OptimizationResult optimize(Progress progress) throws IOException {
        return Optimizer.optimize(items(), settings.get().fsrsParameters(), OptimizerOptions.defaults(), progress);
    }

    /** Predicted against actual recall, per bin, for the weights in use (empty with no reviews on a later day). */
    public List<CalibrationBin> calibration() throws IOException {
        return Evaluation.calibration(items().items(), settings.get().fsrsParameters());
    }

    /**
     * A year of study simulated with the weights in use, the aspirant's answer times and habits, the bank's size and
     * the daily limits: the desired retention with the least study time per card remembered, and the curve.
     */
    public OptimalRetention.Result suggestRetention(Progress progress) {
        Settings s = settings.get();
        List<List<ReviewRecord>> histories = new ArrayList<>();
        for (CardProgress p : study.state().cards().values()) {
            histories.add(p.history());
        }
        SimulatorConfig config = StudyHabits.of(histories, study.dayClock(), SimulatorConfig.defaults()
                .withStudy(study.bank().size(), s.newPerDay(), s.reviewsPerDay(), s.maximumInterval())
                .withSteps(s.learningSteps().size(), s.relearningSteps().size()));
        return new OptimalRetention(config, s.fsrsParameters()).compute(progress);
    }

    private TrainingSet items() throws IOException {
        return TrainingData.of(store, study.dayClock());
    }
}
