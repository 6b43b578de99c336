package org.smriti.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.data.journal.ProgressStore;

/**
 * Journal figures for docs/benchmarks/journal.md. A harness rather than JMH because fsync latency is an
 * I/O distribution (p50/p99 of single calls), not a throughput.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.smriti.bench.JournalBench [DIR]"
 * </pre>
 *
 * DIR (default {@code target/bench-journal}) must be on the disk to measure; it is emptied first.
 * {@code JournalBench open DIR} opens an existing folder once in a fresh JVM (the app's real start-up).
 * 1. Append latency: {@link ProgressStore#append} (encode + checksum + write + fdatasync) against a raw
 *    FileChannel write + {@code force(false)} of the same bytes to another file, interleaved, alternating which
 *    goes first (when the raw write goes first it writes the previous review's line: same size and form).
 * 2. Opening a 100,000-event journal (1,000 questions × 100 reviews) without and with a snapshot.
 */
public final class JournalBench {

    private static final int WARMUP = 300;
    private static final int SAMPLES = 2000;
    private static final int EVENTS = 100_000;
    private static final int QUESTIONS = 1000;

    private JournalBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("open")) {
            openOnce(Path.of(args[1]));
            return;
        }
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-journal").toAbsolutePath();
        clear(root);
        System.out.println("directory: " + root + " (" + Files.getFileStore(Files.createDirectories(root)).type()
                + "), java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cpus, load average " + loadAverage());
        appendLatency(root.resolve("append"));
        openTimes(root.resolve("open"));
        clear(root.resolve("append"));
        System.out.println("kept for cold-JVM runs: JournalBench open " + root.resolve("open"));
    }

    /** One open in this (fresh) JVM: the start-up the app really pays. */
    private static void openOnce(Path dir) throws IOException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (ProgressStore s = ProgressStore.open(dir, Clock.systemUTC())) {
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0; // all threads, JIT and GC included
            System.out.printf("cold JVM open of %s: %d ms wall, %d ms CPU, snapshot %s, %d lines replayed, "
                    + "load average %s%n", dir, wall / 1_000_000, cpu / 1_000_000,
                    s.openReport().snapshotUsed() ? "used" : "not used", s.openReport().eventsReplayed(),
                    loadAverage());
        }
    }

    private static ReviewEvent review(int n) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * n);
        Card before = new Card(CardState.REVIEW, at, 4.0 + n % 7, 5.5, 4, 0, n / QUESTIONS + 1, 0,
                at.minusSeconds(86400L * 4));
        Card after = new Card(CardState.REVIEW, at.plusSeconds(86400L * 9), 9.5 + n % 5, 5.4, 9, 0,
                n / QUESTIONS + 2, 0, at);
        return new ReviewEvent("ij-" + (n % QUESTIONS), Rating.GOOD, at, 4000 + n % 3000, before, after);
    }

    private static void appendLatency(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path journal = dir.resolve(ProgressStore.JOURNAL_FILE);
        long[] store = new long[SAMPLES];
        long[] raw = new long[SAMPLES];
        try (ProgressStore s = ProgressStore.open(dir, Clock.systemUTC());
             FileChannel read = FileChannel.open(journal, StandardOpenOption.READ);
             FileChannel rawFile = FileChannel.open(dir.resolve("raw.jsonl"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer line = ByteBuffer.allocate(0);
            for (int i = -WARMUP; i < SAMPLES; i++) {
                // Alternate which write goes first: an fsync also pays for journal work the other left pending.
                boolean rawFirst = (i & 1) == 1;
                long rawNanos = rawFirst ? rawAppend(rawFile, line.rewind()) : 0;
                long before = read.size();
                long t0 = System.nanoTime();
                s.append(review(i + WARMUP));
                long storeNanos = System.nanoTime() - t0;
                line = ByteBuffer.allocate((int) (read.size() - before));
                read.read(line, before);
                line.flip();
                if (!rawFirst) {
                    rawNanos = rawAppend(rawFile, line.duplicate());
                }
                if (i >= 0) {
                    store[i] = storeNanos;
                    raw[i] = rawNanos;
                }
            }
        }
        System.out.printf("append+fsync, %d samples after %d warm-up:%n", SAMPLES, WARMUP);
        System.out.println("  ProgressStore.append : " + percentiles(store));
        System.out.println("  raw write+force      : " + percentiles(raw));
        System.out.printf("  ratio p50 %.2fx, p99 %.2fx%n", ratio(store, raw, 50), ratio(store, raw, 99));
    }

    /** The baseline: write the bytes and fdatasync, nothing else. */
    private static long rawAppend(FileChannel ch, ByteBuffer bytes) throws IOException {
        long t0 = System.nanoTime();
        while (bytes.hasRemaining()) {
            ch.write(bytes);
        }
        ch.force(false);
        return System.nanoTime() - t0;
    }

    private static void openTimes(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (ProgressStore s = ProgressStore.open(dir, Clock.systemUTC())) {
            List<ProgressEvent> batch = new ArrayList<>();
            for (int n = 0; n < EVENTS; n++) {
                batch.add(review(n));
                if (batch.size() == 5000) {
                    s.appendAll(batch);
                    batch.clear();
                }
            }
        }
        Path snapshot = dir.resolve("snapshot.bin");
        System.out.printf("open, %d events on %d questions, journal %.1f MB, snapshot %.1f MB:%n", EVENTS, QUESTIONS,
                Files.size(dir.resolve(ProgressStore.JOURNAL_FILE)) / 1e6, Files.size(snapshot) / 1e6);
        // The first round is a cold JVM (the app's real start-up), later rounds are warm.
        for (int round = 1; round <= 5; round++) {
            Files.deleteIfExists(snapshot);
            long t0 = System.nanoTime();
            ProgressStore full = ProgressStore.open(dir, Clock.systemUTC());
            long without = System.nanoTime() - t0;
            boolean replayedAll = !full.openReport().snapshotUsed();
            full.close(); // writes the snapshot: 100,000 lines were not covered
            long t1 = System.nanoTime();
            ProgressStore cached = ProgressStore.open(dir, Clock.systemUTC());
            long with = System.nanoTime() - t1;
            boolean usedSnapshot = cached.openReport().snapshotUsed();
            cached.close();
            System.out.printf("  round %d: open without snapshot %4d ms, with snapshot %4d ms%s%n", round,
                    without / 1_000_000, with / 1_000_000, replayedAll && usedSnapshot ? "" : " (UNEXPECTED)");
        }
    }

    /** The machine's 1/5/15-minute load average on Linux: the figures are only comparable at similar load. */
    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? String.join(" ", Arrays.asList(Files.readString(proc).split(" ")).subList(0, 3))
                : "unknown";
    }

    private static String percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms", pct(s, 50) / 1e6,
                pct(s, 90) / 1e6, pct(s, 99) / 1e6, s[s.length - 1] / 1e6);
    }

    private static double ratio(long[] a, long[] b, int p) {
        long[] x = a.clone();
        long[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return (double) pct(x, p) / pct(y, p);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void clear(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
