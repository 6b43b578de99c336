package org.smriti.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.optimizer.Fit;
import org.smriti.core.fsrs.optimizer.Optimizer;
import org.smriti.core.fsrs.optimizer.OptimizerOptions;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.core.fsrs.optimizer.TrainingSet;
import org.smriti.data.interop.ReviewLogCsv;
import org.smriti.data.interop.ReviewLogFormatException;

/**
 * Fit time of Smriti's optimiser against fsrs-rs (the npm binding, run by {@code bench/optimizer/fit.mjs}) on one
 * review log, alternating the two in one run. A harness rather than JMH: the figure wanted is one fit as the user
 * waits for it, next to a native library timed by Node; see docs/benchmarks/optimizer.md and
 * {@code bench/optimizer/run.sh}.
 *
 * <pre>
 * java -cp ... org.smriti.bench.OptimizerBench LOG.csv [DAY_START_HOUR=4] [RUNS=7] [NODE_DIR=bench/optimizer]
 * </pre>
 *
 * Each run: fsrs-rs's fit (three figures from Node, see {@code fit.mjs}: the wall time of {@code computeParameters}
 * called as the reference script calls it, which includes up to 500 ms of its progress poller's sleep; the same
 * call with the poller at 1 ms; and its CPU time), then Smriti's fit as the app runs it
 * ({@link OptimizerOptions#defaults()}, with refinement) and fsrs-rs's procedure alone
 * ({@link OptimizerOptions#fsrsRs()}), each timed by the wall clock and by this thread's CPU time. The first fit
 * of the JVM (no JIT yet) is reported on its own; {@value #WARMUP} more of each are run, untimed, before the runs.
 */
public final class OptimizerBench {

    private static final int WARMUP = 10;
    private static final Pattern NODE_FIGURES =
            Pattern.compile("\"fitMs\":([0-9.]+),\"computeMs\":([0-9.]+),\"cpuMs\":([0-9.]+)");

    private OptimizerBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ReviewLogFormatException {
        Path log = Path.of(args.length > 0 ? args[0] : "../shared/fsrs-optimizer/review-log-josh.csv");
        int hour = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path nodeDir = Path.of(args.length > 3 ? args[3] : "bench/optimizer");
        TrainingSet set = TrainingSet.of(ReviewLogCsv.read(log), DayClock.of(ZoneOffset.UTC, hour));
        System.out.printf(Locale.ROOT, "%s: %d reviews, %d items; java %s, %d cpus, load average %.1f%n", log,
                set.reviews(), set.items().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double[] cold = time(set, OptimizerOptions.defaults());
        System.out.printf(Locale.ROOT, "first fit in this JVM (cold): %.0f ms wall, %.0f ms cpu%n", cold[0], cold[1]);
        for (int i = 0; i < WARMUP; i++) {
            time(set, OptimizerOptions.defaults());
            time(set, OptimizerOptions.fsrsRs());
        }
        List<double[]> rows = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] node = nodeFit(nodeDir, log, hour);
            double[] smriti = time(set, OptimizerOptions.defaults());
            double[] procedure = time(set, OptimizerOptions.fsrsRs());
            rows.add(new double[] {node[0], node[1], node[2], smriti[0], smriti[1], procedure[0], procedure[1]});
            System.out.printf(Locale.ROOT, "run %d: fsrs-rs %.0f ms as called by reference.mjs, %.0f ms with the "
                    + "poller at 1 ms (cpu %.0f) | Smriti %.0f ms (cpu %.0f) | Smriti, fsrs-rs procedure only %.0f ms"
                    + " (cpu %.0f)%n", run, node[0], node[1], node[2], smriti[0], smriti[1], procedure[0],
                    procedure[1]);
        }
        double[] m = new double[7];
        for (int c = 0; c < m.length; c++) {
            m[c] = median(rows, c);
        }
        System.out.printf(Locale.ROOT, "medians: fsrs-rs %.0f ms / %.0f ms (cpu %.0f), Smriti %.0f ms (cpu %.0f), "
                + "procedure only %.0f ms (cpu %.0f)%n", m[0], m[1], m[2], m[3], m[4], m[5], m[6]);
        System.out.printf(Locale.ROOT, "Smriti / fsrs-rs: %.2f (wall, as called by reference.mjs), %.2f (wall, "
                + "poller at 1 ms), %.2f (cpu); procedure only: %.2f, %.2f, %.2f%n", m[3] / m[0], m[3] / m[1],
                m[4] / m[2], m[5] / m[0], m[5] / m[1], m[6] / m[2]);
    }

    /** {wall ms, cpu ms} of one fit. */
    private static double[] time(TrainingSet set, OptimizerOptions options) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Fit fit = Optimizer.fit(set.items(), options, Progress.NONE);
        double[] out = {(System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
        if (fit.stage() != Fit.Stage.TRAINED) {
            throw new IllegalStateException("the log is too small to time a full fit: " + fit.stage());
        }
        return out;
    }

    /** {fitMs, computeMs, cpuMs} from {@code fit.mjs}. */
    private static double[] nodeFit(Path nodeDir, Path log, int hour) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", nodeDir.resolve("fit.mjs").toString(), log.toString(),
                String.valueOf(hour)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("node fit.mjs failed (run npm install in " + nodeDir + "): " + output);
        }
        Matcher m = NODE_FIGURES.matcher(output);
        if (!m.find()) {
            throw new IOException("no timings in: " + output);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3))};
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** 21 comma-separated weights. */
    static FsrsParameters parseWeights(String csv) {
        return FsrsParameters.of(Arrays.stream(csv.split(",")).mapToDouble(s -> Double.parseDouble(s.trim()))
                .toArray());
    }
}
