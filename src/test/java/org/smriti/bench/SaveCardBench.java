package org.smriti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Question;
import org.smriti.core.settings.Settings;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.Library;
import org.smriti.study.StudyService;

/**
 * Saving an edited own card, from the editor's Save to the card in today's queue: the draft checked, the own
 * cards written and fsync'd, the bank rebuilt and handed to the study service. {@code own}: how many own cards
 * and notes the data folder already holds (0, or 2,000 cards over 200 notes of 10 KB). Sample time, so the run
 * reports p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SaveCardBench {

    @Param({"none", "year"})
    public String own;

    private Path dataDir;
    private ProgressStore store;
    private Library library;
    private CardDraft draft;
    private int edits;

    @Setup
    public void setUp() throws IOException {
        dataDir = Files.createTempDirectory("smriti-save-bench");
        if (own.equals("year")) {
            OwnContentFixture.write(dataDir, 200, 2000);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:30:00Z"), ZoneId.of("Asia/Kolkata"));
        store = ProgressStore.open(dataDir, clock, MockEventCodecs.appCodec());
        LoadedBank bank = Library.load(dataDir, new java.util.ArrayList<>());
        library = new Library(dataDir, clock, bank);
        StudyService study = new StudyService(library.bank().bank(), library.facts(), store, Settings::defaults,
                clock);
        library.onChange(() -> study.replaceBank(library.bank().bank(), library.facts()));
        Question bundled = bank.bank().questions().get(0);
        draft = library.save(CardDraft.of(bundled).toBuilder().id(null).build());
    }

    @Benchmark
    public List<Question> saveAnEditedCard() throws IOException {
        CardDraft edited = draft.toBuilder().explanation("Edited " + edits++).build();
        library.save(edited);
        return library.bank().bank().questions();
    }

    @TearDown
    public void tearDown() throws IOException {
        library.close(); // stops its thread, which would otherwise check the packs between iterations
        store.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
