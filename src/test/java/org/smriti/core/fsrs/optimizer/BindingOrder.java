package org.smriti.core.fsrs.optimizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.data.interop.ReviewLogCsv;
import org.smriti.data.interop.ReviewLogFormatException;

/**
 * Smriti's evaluator on a log's items in time order and in the order the npm binding evaluates them (its
 * {@code prepare_items}: fsrs-rs's outlier items dropped, the first-interval items first), which reproduces the
 * figures of the reference script (docs/benchmarks/optimizer.md).
 *
 * <pre>
 * bench/optimizer/java.sh org.smriti.core.fsrs.optimizer.BindingOrder LOG.csv [DAY_START_HOUR=4] [WEIGHTS.json]
 * </pre>
 */
public final class BindingOrder {

    private BindingOrder() {
    }

    public static void main(String[] args) throws IOException, ReviewLogFormatException {
        List<TrainingItem> items = TrainingSet.of(ReviewLogCsv.read(Path.of(args[0])),
                DayClock.of(ZoneOffset.UTC, args.length > 1 ? Integer.parseInt(args[1]) : 4)).items();
        FsrsParameters weights = args.length > 2 ? weights(Path.of(args[2])) : FsrsParameters.defaults();
        System.out.println("time order:    " + Evaluation.evaluate(items, weights));
        System.out.println("binding order: " + Evaluation.evaluate(bindingOrder(items), weights));
    }

    static List<TrainingItem> bindingOrder(List<TrainingItem> items) {
        Outliers.Split split = Outliers.split(items);
        Set<TrainingItem> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(split.training());
        List<TrainingItem> prepared = new ArrayList<>(split.initialization());
        for (TrainingItem item : items) {
            if (!item.hasOneLongTermReview() && kept.contains(item)) {
                prepared.add(item);
            }
        }
        return prepared;
    }

    private static FsrsParameters weights(Path file) throws IOException {
        String json = Files.readString(file);
        int start = json.indexOf('[');
        String[] parts = json.substring(start + 1, json.indexOf(']', start)).split(",");
        double[] w = new double[parts.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(parts[i].trim());
        }
        return FsrsParameters.of(w);
    }
}
