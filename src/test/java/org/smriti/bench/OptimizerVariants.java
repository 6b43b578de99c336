package org.smriti.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.optimizer.Evaluation;
import org.smriti.core.fsrs.optimizer.Fit;
import org.smriti.core.fsrs.optimizer.Metrics;
import org.smriti.core.fsrs.optimizer.Optimizer;
import org.smriti.core.fsrs.optimizer.OptimizerOptions;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.core.fsrs.optimizer.TrainingConfig;
import org.smriti.core.fsrs.optimizer.TrainingSet;
import org.smriti.data.interop.ReviewLogCsv;
import org.smriti.data.interop.ReviewLogFormatException;

/**
 * Which parts of the optimiser help held-out loss: fsrs-rs's procedure alone, Smriti's (with the refinement), and
 * Smriti's without recency weighting, without the pull towards the initial weights, and without both, each scored
 * on all items (fsrs-rs's evaluator, recency-weighted) and on the time-series split (fitted on the past, scored on
 * the future). See docs/benchmarks/optimizer.md.
 *
 * <pre>
 * java -cp ... org.smriti.bench.OptimizerVariants LOG.csv [DAY_START_HOUR=4]
 * </pre>
 */
public final class OptimizerVariants {

    private OptimizerVariants() {
    }

    public static void main(String[] args) throws IOException, ReviewLogFormatException {
        Path log = Path.of(args[0]);
        int hour = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        TrainingSet set = TrainingSet.of(ReviewLogCsv.read(log), DayClock.of(ZoneOffset.UTC, hour));
        TrainingConfig fsrsRs = TrainingConfig.defaults();
        TrainingConfig noPull = new TrainingConfig(fsrsRs.epochs(), fsrsRs.batchSize(), fsrsRs.seed(),
                fsrsRs.learningRate(), fsrsRs.maxSeqLen(), 0);
        Map<String, OptimizerOptions> variants = new LinkedHashMap<>();
        variants.put("fsrs-rs procedure", OptimizerOptions.fsrsRs());
        variants.put("Smriti (refined)", OptimizerOptions.defaults());
        variants.put("refined, no recency weighting", new OptimizerOptions(true, 1, fsrsRs, false, true));
        variants.put("refined, no pull", new OptimizerOptions(true, 1, noPull, true, true));
        variants.put("refined, neither", new OptimizerOptions(true, 1, noPull, false, true));
        System.out.printf(Locale.ROOT, "%s: %d items%n%-32s %-20s %-20s%n", log, set.items().size(), "",
                "all items", "time-series split");
        for (Map.Entry<String, OptimizerOptions> v : variants.entrySet()) {
            Fit fit = Optimizer.fit(set.items(), v.getValue(), Progress.NONE);
            Metrics all = Evaluation.evaluate(set.items(), fit.parameters());
            Metrics split = Evaluation.timeSeriesSplits(set.items(), v.getValue(), Progress.NONE).orElseThrow();
            System.out.printf(Locale.ROOT, "%-32s %.5f / %.4f      %.5f / %.4f%n", v.getKey(), all.logLoss(),
                    all.rmseBins(), split.logLoss(), split.rmseBins());
        }
    }
}
