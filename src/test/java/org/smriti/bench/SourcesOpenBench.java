package org.smriti.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.Suggestion;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.notes.NoteStore;
import org.smriti.ui.sources.NotesPorts;
import org.smriti.ui.sources.SourcesViewModel;

/**
 * Opening Sources with {@value #NOTES} notes of the aspirant's of about 10 KB each (2 MB in all, cut from the five
 * seeds) besides the five bundled notes and the bundled bank's questions: what the screen works out before it
 * is shown, i.e. the view model (both lists, the cards grouped by note, the first note laid out for the reader
 * and its quoted passages located).
 *
 * <ul>
 *   <li>{@code open}: the notes already read (the app's port keeps them);</li>
 *   <li>{@code openFromDisk}: the notes read from their folder first, each checked as UTF-8 ({@link NoteStore#list});</li>
 *   <li>{@code openOwnNote}: {@code open}, then one own note opened in the reader;</li>
 *   <li>{@code coldFromDisk}: {@code openFromDisk} once in a fresh JVM, class loading and interpretation included.</li>
 * </ul>
 *
 * <p>{@link #main} is a harness for the same notes that prints the CPU time of this thread (less moved by other
 * processes than wall time): the first {@code openFromDisk} in a fresh JVM, then the median of the next
 * {@value #CALLS}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SourcesOpenBench {

    static final int NOTES = 200;
    static final int NOTE_BYTES = 10 * 1024;
    static final int CALLS = 50;

    private Path dataDir;
    private NoteStore store;
    private List<SourceDocument> bundled;
    private List<Question> questions;
    private List<SourceDocument> own;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        LoadedBank bank = BankLoader.loadBundled();
        bundled = bank.documents();
        questions = bank.bank().questions();
        dataDir = Files.createTempDirectory("smriti-bench-");
        store = new NoteStore(dataDir, Clock.systemUTC());
        String seeds = seeds();
        for (int i = 0; i < NOTES; i++) {
            int from = (i * 7919) % (seeds.length() - NOTE_BYTES);
            store.create("Note " + i + " on India and Japan", seeds.substring(from, from + NOTE_BYTES));
        }
        own = store.list(new ArrayList<>());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The five seeds, twice over, as one text to cut notes from. */
    private static String seeds() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.sorted().toList()) {
                text.append(Files.readString(seed, StandardCharsets.UTF_8)).append("\n\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the project folder (it reads seeds/)", e);
        }
        return text.toString().repeat(2);
    }

    public static void main(String[] args) throws IOException {
        SourcesOpenBench bench = new SourcesOpenBench();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[CALLS + 1];
        try {
            for (int i = 0; i <= CALLS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                bench.openFromDisk();
                cpu[i] = threads.getCurrentThreadCpuTime() - start;
            }
        } finally {
            bench.tearDown();
        }
        long[] later = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(later);
        System.out.printf(Locale.ROOT, "%d own notes, %.1f MB; CPU first open %.1f ms, median of next %d %.2f ms;"
                + " load average %.1f%n", bench.own.size(),
                bench.own.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0,
                cpu[0] / 1e6, CALLS, later[CALLS / 2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public SourcesViewModel open() {
        return new SourcesViewModel(new Ports(bundled, own, questions));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public SourcesViewModel openFromDisk() throws IOException {
        return new SourcesViewModel(new Ports(bundled, store.list(new ArrayList<>()), questions));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public List<?> openOwnNote() {
        SourcesViewModel model = new SourcesViewModel(new Ports(bundled, own, questions));
        model.select(own.get(NOTES / 2));
        return model.passages(own.get(NOTES / 2));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public SourcesViewModel coldFromDisk() throws IOException {
        return openFromDisk();
    }

    /** The app's port as far as opening the screen goes: notes and questions, nothing changed. */
    private record Ports(List<SourceDocument> bundled, List<SourceDocument> own, List<Question> questions)
            implements NotesPorts {

        @Override
        public List<SourceDocument> documents() {
            List<SourceDocument> all = new ArrayList<>(bundled);
            all.addAll(own);
            return all;
        }

        @Override
        public boolean isOwn(String docId) {
            return NoteStore.isNote(docId);
        }

        @Override
        public SourceDocument create(String title, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Imported importFiles(List<Path> files) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SourceDocument update(String docId, String title, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String docId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Suggestion> suggest(SourceDocument note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Question> saveCards(List<CardDraft> drafts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onChange(Runnable listener) {
            // Nothing changes while the screen opens.
        }
    }
}
