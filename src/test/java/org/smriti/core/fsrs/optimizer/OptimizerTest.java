package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.testsupport.SimulatedLog;

/** The whole fit: fsrs-rs's thresholds, determinism, progress, and "apply only if better". */
class OptimizerTest {

    /** A forgetful learner: short initial stabilities, slow growth. */
    static final FsrsParameters FORGETFUL = FsrsParameters.of(0.1, 0.4, 0.9, 3.0, 7.0, 0.6, 2.5, 0.01, 1.2, 0.25,
            0.6, 1.8, 0.1, 0.35, 1.9, 0.5, 2.0, 0.6, 0.12, 0.08, 0.25);

    private static TrainingSet log;

    @BeforeAll
    static void simulate() {
        log = TrainingSet.of(SimulatedLog.histories(SimulatedLog.answers(FORGETFUL, 150, 10, 120, 0.9, 3)),
                DayClock.of(ZoneOffset.UTC, 4));
    }

    private static List<TrainingItem> firstIntervalItems(int n) {
        List<TrainingItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(TrainingItem.of(List.of(new TrainingReview(3, 0), new TrainingReview(i % 4 == 0 ? 1 : 3, 2))));
        }
        return items;
    }

    @Test
    void underEightItemsTheDefaultsStay() {
        Fit fit = Optimizer.fit(log.items().subList(0, 7), OptimizerOptions.defaults(), Progress.NONE);
        assertThat(fit.stage()).isEqualTo(Fit.Stage.DEFAULTS);
        assertThat(fit.parameters()).isEqualTo(FsrsParameters.defaults());
    }

    @Test
    void underSixtyFourItemsOnlyTheInitialStabilitiesAreFitted() {
        Fit fit = Optimizer.fit(firstIntervalItems(40), OptimizerOptions.defaults(), Progress.NONE);
        assertThat(fit.stage()).isEqualTo(Fit.Stage.INITIAL_STABILITIES);
        assertThat(fit.items()).isEqualTo(40);
        double[] w = fit.parameters().toArray();
        double[] defaults = FsrsParameters.defaults().toArray();
        assertThat(Arrays.copyOfRange(w, 4, 21)).containsExactly(Arrays.copyOfRange(defaults, 4, 21));
        assertThat(w[2]).isNotEqualTo(defaults[2]);
    }

    @Test
    void onlyFirstIntervalItemsFitTheInitialStabilitiesOnlyHoweverMany() {
        assertThat(Optimizer.fit(firstIntervalItems(200), OptimizerOptions.defaults(), Progress.NONE).stage())
                .isEqualTo(Fit.Stage.INITIAL_STABILITIES);
    }

    @Test
    void enoughItemsFitAllWeightsAndBeatTheDefaultsOnAForgetfulLearner() {
        Fit fit = Optimizer.fit(log.items(), OptimizerOptions.defaults(), Progress.NONE);
        assertThat(fit.stage()).isEqualTo(Fit.Stage.TRAINED);
        assertThat(Evaluation.evaluate(log.items(), fit.parameters()).logLoss())
                .isLessThan(Evaluation.evaluate(log.items(), FsrsParameters.defaults()).logLoss());
    }

    @Test
    void theRefinementLowersTheLossOfFsrsRsProcedure() {
        Fit fsrsRs = Optimizer.fit(log.items(), OptimizerOptions.fsrsRs(), Progress.NONE);
        Fit refined = Optimizer.fit(log.items(), OptimizerOptions.defaults(), Progress.NONE);
        assertThat(Evaluation.evaluate(log.items(), refined.parameters()).logLoss())
                .isLessThan(Evaluation.evaluate(log.items(), fsrsRs.parameters()).logLoss());
    }

    @Test
    void theSameItemsGiveTheSameWeights() {
        Fit first = Optimizer.fit(log.items(), OptimizerOptions.defaults(), Progress.NONE);
        Fit second = Optimizer.fit(new ArrayList<>(log.items()), OptimizerOptions.defaults(), Progress.NONE);
        assertThat(second.parameters()).isEqualTo(first.parameters());
    }

    @Test
    void withoutShortTermTheShortTermWeightsAreZero() {
        OptimizerOptions longTerm = new OptimizerOptions(false, 1, TrainingConfig.defaults(), true, true);
        double[] w = Optimizer.fit(log.items(), longTerm, Progress.NONE).parameters().toArray();
        assertThat(Arrays.copyOfRange(w, 17, 20)).containsOnly(0.0);
    }

    @Test
    void progressRisesToOneAndCancellingStops() {
        List<Double> seen = new ArrayList<>();
        Optimizer.fit(log.items(), OptimizerOptions.defaults(), f -> seen.add(f));
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));

        assertThatThrownBy(() -> Optimizer.fit(log.items(), OptimizerOptions.defaults(), f -> f < 0.5))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void fittedWeightsThatPredictBetterAreOfferedAndTheSameWeightsAreNot() {
        OptimizationResult fromDefaults = Optimizer.optimize(log, FsrsParameters.defaults(),
                OptimizerOptions.defaults(), Progress.NONE);
        assertThat(fromDefaults.better()).isTrue();
        assertThat(fromDefaults.after().orElseThrow().logLoss())
                .isLessThan(fromDefaults.before().orElseThrow().logLoss());
        assertThat(fromDefaults.heldOutAfter()).isPresent();
        assertThat(fromDefaults.summary()).contains("All 21 weights were fitted", "predict your reviews better");

        OptimizationResult again = Optimizer.optimize(log, fromDefaults.fit().parameters(),
                OptimizerOptions.defaults(), Progress.NONE);
        assertThat(again.better()).isFalse(); // the same weights do not lower the loss
        assertThat(again.summary()).contains("keeping the current ones is advised");
    }

    @Test
    void tooLittleDataIsSaidPlainlyAndNeverOffered() {
        TrainingSet few = new TrainingSet(log.items().subList(0, 5), 9, 3);
        OptimizationResult result = Optimizer.optimize(few, FsrsParameters.defaults(), OptimizerOptions.defaults(),
                Progress.NONE);
        assertThat(result.better()).isFalse();
        assertThat(result.heldOutAfter()).isEmpty(); // under six items there is no time-series split
        assertThat(result.summary()).contains("too few to fit anything", "default weights stay");

        OptimizationResult none = Optimizer.optimize(new TrainingSet(List.of(), 0, 0), FsrsParameters.defaults(),
                OptimizerOptions.defaults(), Progress.NONE);
        assertThat(none.before()).isEmpty();
        assertThat(none.better()).isFalse();
    }
}
