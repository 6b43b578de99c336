package org.smriti.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.smriti.core.source.TextNormalizer;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;

/**
 * Suggesting cards for a 30 KB note: the five seeds one after another (29.1 KB), then the first seed again
 * until the note reaches 30 720 bytes of UTF-8. {@code warm} is the steady state (the reader's "Suggest cards"
 * after the first use); {@code cold} is the very first call in a fresh JVM, class loading, pattern compilation
 * and interpretation before the JIT included (one call per fork, five forks). {@code normalize} is a yardstick
 * measured in the same run: the bank's normalization of the same note (what locating a quote in it costs
 * first), so that the ratio warm / normalize can be compared across runs on a loaded machine.
 *
 * <p>{@link #main} is a harness for the same note that prints the CPU time of this thread (less moved by other
 * processes than wall time): the first call in a fresh JVM, then the median of the next {@value #CALLS}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SuggestBench {

    static final int NOTE_BYTES = 30 * 1024;
    static final int CALLS = 200;

    private String note;

    @Setup
    public void setUp() {
        note = note();
    }

    static String note() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<Path> seeds = files.sorted().toList();
            for (Path seed : seeds) {
                text.append(Files.readString(seed, StandardCharsets.UTF_8)).append("\n\n");
            }
            String first = Files.readString(seeds.get(0), StandardCharsets.UTF_8);
            int i = 0;
            while (text.toString().getBytes(StandardCharsets.UTF_8).length < NOTE_BYTES) {
                text.append(first.charAt(i++ % first.length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the project folder (it reads seeds/)", e);
        }
        return text.toString();
    }

    public static void main(String[] args) {
        String note = note();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[CALLS + 1];
        int suggestions = 0;
        for (int i = 0; i <= CALLS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            suggestions = CardSuggester.suggest(note).size();
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        long[] later = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(later);
        System.out.printf(Locale.ROOT, "%d bytes, %d suggestions; CPU first call %.1f ms, median of next %d %.2f ms;"
                + " load average %.1f%n", note.getBytes(StandardCharsets.UTF_8).length, suggestions, cpu[0] / 1e6,
                CALLS, later[CALLS / 2] / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public List<Suggestion> warm() {
        return CardSuggester.suggest(note);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public TextNormalizer.Normalized normalize() {
        return TextNormalizer.normalizeWithOffsets(note);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public List<Suggestion> cold() {
        return CardSuggester.suggest(note);
    }
}
