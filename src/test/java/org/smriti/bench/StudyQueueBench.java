package org.smriti.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.DailyLimits;
import org.smriti.core.queue.DoneToday;
import org.smriti.core.queue.QueueItem;
import org.smriti.core.queue.QueueRequest;
import org.smriti.core.queue.StudyQueue;

/**
 * Building the study queue over a collection of {@code size} cards: a third new, a twentieth in learning,
 * the rest in review with due dates spread over two months either side of now; 2 % suspended.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StudyQueueBench {

    @Param({"1000", "10000", "100000"})
    public int size;

    private List<QueueItem> items;
    private QueueRequest request;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-03-02T04:30:00Z");
        SplittableRandom random = new SplittableRandom(42);
        Topic[] topics = Topic.values();
        items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double kind = random.nextDouble();
            Card card;
            if (kind < 0.33) {
                card = Card.newCard(now.minus(Duration.ofDays(30)));
            } else if (kind < 0.38) {
                Instant due = now.plus(Duration.ofMinutes(random.nextInt(-600, 600)));
                card = new Card(CardState.LEARNING, due, 2.3, 5, 0, 1, 1, 0, due.minus(Duration.ofMinutes(10)));
            } else {
                int interval = 1 + random.nextInt(120);
                Instant due = now.plus(Duration.ofMinutes(random.nextInt(-60 * 1440, 60 * 1440)));
                card = new Card(CardState.REVIEW, due, interval, 1 + random.nextDouble() * 9, interval, 0, 5,
                        random.nextInt(3), due.minus(Duration.ofDays(interval)));
            }
            items.add(new QueueItem("q-" + i, topics[random.nextInt(topics.length)], i, card,
                    random.nextInt(50) == 0, random.nextInt(20) == 0));
        }
        request = QueueRequest.daily(now, DayClock.of(ZoneId.of("Asia/Kolkata"), 4), DailyLimits.defaults(),
                new DoneToday(5, 40));
    }

    @Benchmark
    public StudyQueue build() {
        return StudyQueue.build(items, request);
    }
}
