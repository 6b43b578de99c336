package org.smriti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.question.Facts;
import org.smriti.core.settings.Settings;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;

/**
 * What the Review screen computes between two cards: today's queue over the real bank after a year of daily
 * study of all 416 questions, spaced as FSRS schedules them or (worst case) every card every day. The queue is
 * rebuilt after every answer, so its cost must follow today's work, not the length of the history.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NextCardBench {

    private static final Instant NOW = Instant.parse("2026-11-24T03:30:00Z");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    /** {@code spaced}: each card reviewed when FSRS says (~13 a year); {@code daily}: every card every day. */
    @Param({"spaced", "daily"})
    public String history;

    private Path dir;
    private ProgressStore store;
    private StudyService study;

    @Setup(Level.Trial)
    public void studyForAYear() throws IOException {
        LoadedBank bank = BankLoader.loadBundled();
        dir = Files.createTempDirectory("smriti-nextcard");
        Clock clock = Clock.fixed(NOW, INDIA);
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec());
        Scheduler scheduler = new Scheduler(SchedulerConfig.of(Settings.defaults(), FsrsParameters.defaults(), INDIA));
        List<ProgressEvent> batch = new ArrayList<>();
        int n = 0;
        for (var q : bank.bank().questions()) {
            Card card = Card.newCard(NOW.minus(Duration.ofDays(365)));
            Instant at = card.due();
            while (at.isBefore(NOW)) {
                Rating rating = n++ % 7 == 0 ? Rating.AGAIN : Rating.GOOD;
                ReviewResult r = scheduler.next(q.id(), card, at, rating);
                batch.add(new ReviewEvent(q.id(), rating, at, 8_000, r.before(), r.after()));
                card = r.after();
                Instant next = history.equals("daily") ? at.plus(Duration.ofDays(1)) : card.due();
                // at most one review a day per card, like a real aspirant
                at = next.isBefore(at.plus(Duration.ofHours(20))) ? at.plus(Duration.ofDays(1)) : next;
            }
            if (batch.size() > 5_000) {
                store.appendAll(batch);
                batch.clear();
            }
        }
        store.appendAll(batch);
        study = new StudyService(bank.bank(), Facts.of(bank.bank().questions(),
                (doc, quote) -> bank.document(doc).flatMap(d -> d.locate(quote))), store, Settings::defaults, clock);
        System.out.println("reviews in the journal: " + n);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
    }

    @Benchmark
    public Object dailyQueueAfterAnAnswer() {
        return study.dailyQueue();
    }
}
