package org.smriti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.testsupport.SimulatedLog;

/**
 * Writes a review log in py-fsrs's CSV format simulated with known weights ({@link SimulatedLog}), for comparing
 * fitted weights with the truth and with fsrs-rs's fit (see docs/benchmarks/optimizer.md).
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.smriti.bench.SimulatedReviewLog OUT.csv CARDS NEW_PER_DAY DAYS RETENTION SEED [W0,...,W20]"
 * </pre>
 *
 * Without weights, the FSRS-6 defaults.
 */
public final class SimulatedReviewLog {

    private SimulatedReviewLog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("usage: SimulatedReviewLog OUT.csv CARDS NEW_PER_DAY DAYS RETENTION SEED [W0,...,W20]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        FsrsParameters weights = args.length > 6 ? OptimizerBench.parseWeights(args[6]) : FsrsParameters.defaults();
        List<SimulatedLog.Answer> answers = SimulatedLog.answers(weights, Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), Double.parseDouble(args[4]),
                Long.parseLong(args[5]));
        Files.writeString(out, SimulatedLog.csv(answers));
        System.out.println("wrote " + answers.size() + " reviews to " + out + " (weights " + weights.weights() + ")");
    }
}
