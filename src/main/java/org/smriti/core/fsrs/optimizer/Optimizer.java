package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * Fits the 21 FSRS-6 weights to a review log as fsrs-rs's {@code compute_parameters} does ({@code training.rs}),
 * deterministically (fixed seed, no clock, no threads):
 * <ol>
 *   <li>drop rare first-interval groups ({@link Outliers});
 *   <li>fewer than {@value #MIN_ITEMS} items left: the defaults;
 *   <li>pre-train w0..w3 from the first long-term reviews ({@link InitialStability}); fewer than
 *       {@value #MIN_ITEMS_TO_TRAIN} items (or only first-long-term items): stop there;
 *   <li>weight items by recency, drop those over the maximum length, train ({@link Trainer}) starting from the
 *       pre-trained stabilities and the defaults and pulled towards them;
 *   <li>optionally refine ({@link Refiner});
 *   <li>make w0..w3 increase with the rating again and fill ratings never given first.
 * </ol>
 */
public final class Optimizer {

    /** Below this many training items fsrs-rs returns the default weights. */
    public static final int MIN_ITEMS = 8;
    /** Below this many, fsrs-rs fits the initial stabilities only. */
    public static final int MIN_ITEMS_TO_TRAIN = 64;

    private Optimizer() {
    }

    /**
     * Fits weights to {@code set}, scores them and the current ones (on all items, and on a time-series split) and
     * decides whether the fitted ones are better: as Anki does, only weights that lower the loss on the aspirant's
     * own items are offered (Anki compares RMSE(bins); this compares log loss, the loss the fit minimises, which
     * is steadier on small logs).
     *
     * @param progress reaches 1 at the end; the fit is the first 30 %, the time-series split the rest
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
     */
    public static OptimizationResult optimize(TrainingSet set, FsrsParameters current, OptimizerOptions options,
                                              Progress progress) {
        List<TrainingItem> items = set.items();
        Fit fit = fit(items, options, progress.part(0, 0.3));
        if (items.isEmpty()) {
            progress.report(1);
            return new OptimizationResult(fit, current, 0, set.reviews(), set.histories(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), false);
        }
        Metrics before = Evaluation.evaluate(items, current);
        Metrics after = Evaluation.evaluate(items, fit.parameters());
        Optional<Metrics> heldOutAfter = Evaluation.timeSeriesSplits(items, options, progress.part(0.3, 1));
        Optional<Metrics> heldOutBefore = Evaluation.heldOut(items, current);
        boolean better = fit.stage() != Fit.Stage.DEFAULTS && after.logLoss() < before.logLoss();
        progress.report(1);
        return new OptimizationResult(fit, current, items.size(), set.reviews(), set.histories(),
                Optional.of(before), Optional.of(after), heldOutBefore, heldOutAfter, better);
    }

    /** @param items the training items, oldest target first */
    public static Fit fit(List<TrainingItem> items, OptimizerOptions options, Progress progress) {
        Outliers.Split split = Outliers.split(items);
        List<TrainingItem> train = split.training();
        double[] defaults = FsrsParameters.defaults().toArray();
        if (train.size() < MIN_ITEMS) {
            return new Fit(FsrsParameters.defaults(), Fit.Stage.DEFAULTS, train.size());
        }
        InitialStability.Result init = InitialStability.fit(split.initialization(), averageRecall(train));
        if (init.stabilities().length == 0) {
            // fsrs-rs fails with NotEnoughData here (no first-interval item survived); keep the defaults instead
            return new Fit(FsrsParameters.defaults(), Fit.Stage.DEFAULTS, train.size());
        }
        double[] start = defaults.clone();
        System.arraycopy(init.stabilities(), 0, start, 0, 4);
        if (train.size() == split.initialization().size() || train.size() < MIN_ITEMS_TO_TRAIN) {
            return new Fit(FsrsParameters.of(start), Fit.Stage.INITIAL_STABILITIES, train.size());
        }
        if (!options.shortTerm()) {
            start[17] = 0;
            start[18] = 0;
            start[19] = 0;
        }
        double[] recency = Evaluation.recencyWeights(train.size());
        if (!options.recencyWeighting()) {
            java.util.Arrays.fill(recency, 1.0);
        }
        List<TrainingItem> kept = new ArrayList<>(train.size());
        List<Double> keptWeights = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) {
            if (train.get(i).reviews().size() <= options.training().maxSeqLen()) {
                kept.add(train.get(i));
                keptWeights.add(recency[i]);
            }
        }
        if (kept.isEmpty()) {
            return new Fit(FsrsParameters.of(start), Fit.Stage.INITIAL_STABILITIES, train.size());
        }
        Tracks tracks = Tracks.of(kept, keptWeights.stream().mapToDouble(Double::doubleValue).toArray());
        Trainer trainer = new Trainer(tracks, kept.size(), start, options.training(), options.shortTerm(),
                options.relearningSteps());
        double split1 = options.refine() ? 0.6 : 1.0; // about the two phases' shares of the work
        double[] w = trainer.train(progress.part(0, split1));
        if (options.refine()) {
            w = Refiner.refine(trainer, w, progress.part(split1, 1));
        }
        for (double x : w) {
            if (!Double.isFinite(x)) {
                throw new IllegalStateException("training diverged: a weight is " + x);
            }
        }
        Map<Integer, Double> initial = new TreeMap<>();
        for (int rating = 1; rating <= 4; rating++) {
            initial.put(rating, w[rating - 1]);
        }
        System.arraycopy(InitialStability.smoothAndFill(initial, init.counts()), 0, w, 0, 4);
        return new Fit(FsrsParameters.of(w), Fit.Stage.TRAINED, kept.size());
    }

    /** The fraction of targets recalled (fsrs-rs's f32 division, widened). */
    private static double averageRecall(List<TrainingItem> items) {
        int recalled = 0;
        for (TrainingItem item : items) {
            recalled += item.target().recalled() ? 1 : 0;
        }
        return items.isEmpty() ? 0 : (double) ((float) recalled / (float) items.size());
    }
}
