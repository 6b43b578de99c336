package org.smriti.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Preview;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;

/** One scheduling computation: answering a review card, a new card, and previewing all four answers. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SchedulerBench {

    private Scheduler scheduler;
    private Card newCard;
    private Card reviewCard;
    private Instant reviewAt;

    @Setup
    public void setUp() {
        // The app's configuration: fuzz on, days from 04:00 in India.
        scheduler = new Scheduler(SchedulerConfig.defaults(DayClock.of(ZoneId.of("Asia/Kolkata"), 4)));
        Instant t0 = Instant.parse("2026-03-02T04:30:00Z");
        newCard = Card.newCard(t0);
        Card card = newCard;
        for (int i = 0; i < 4; i++) {
            card = scheduler.next("q-17", card, card.due(), Rating.GOOD).after();
        }
        reviewCard = card;
        reviewAt = card.due().plus(Duration.ofDays(2));
    }

    @Benchmark
    public ReviewResult nextReviewCard() {
        return scheduler.next("q-17", reviewCard, reviewAt, Rating.GOOD);
    }

    @Benchmark
    public ReviewResult nextNewCard() {
        return scheduler.next("q-17", newCard, reviewAt, Rating.GOOD);
    }

    @Benchmark
    public Preview previewReviewCard() {
        return scheduler.preview("q-17", reviewCard, reviewAt);
    }
}
