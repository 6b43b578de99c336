package org.smriti.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.ConformanceVectors;
import org.smriti.core.fsrs.Scheduler;

/**
 * Replays the bundled fsrs-ts-fsrs-5.4.2.json (retrievability before each review, then the answer), the
 * same work bench/ts-fsrs/replay.mjs times for ts-fsrs on Node.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ConformanceReplayBench {

    private record Prepared(Scheduler scheduler, List<ConformanceVectors.Case> cases) {
    }

    private final List<Prepared> prepared = new ArrayList<>();

    @Setup
    public void setUp() {
        Path file = ConformanceVectors.files().stream()
                .filter(p -> p.getFileName().toString().equals("fsrs-ts-fsrs-5.4.2.json"))
                .findFirst().orElseThrow(() -> new IllegalStateException("fsrs-ts-fsrs-5.4.2.json not found"));
        for (ConformanceVectors.Config config : ConformanceVectors.read(file).configs()) {
            prepared.add(new Prepared(new Scheduler(config.config()), config.cases()));
        }
    }

    @Benchmark
    public double replay() {
        double checksum = 0;
        for (Prepared p : prepared) {
            for (ConformanceVectors.Case c : p.cases()) {
                Card card = Card.newCard(c.created());
                for (ConformanceVectors.Review review : c.reviews()) {
                    checksum += p.scheduler().retrievability(card, review.at());
                    card = p.scheduler().next(c.name(), card, review.at(), review.rating()).after();
                }
                checksum += card.stability();
            }
        }
        return checksum;
    }
}
