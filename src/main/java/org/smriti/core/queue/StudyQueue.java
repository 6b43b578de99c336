package org.smriti.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.question.Topic;

/**
 * What to study next, decided as Anki decides it (rslib {@code scheduler/queue}: {@code CardQueues::iter},
 * {@code learning.rs}, {@code builder/mod.rs}). Immutable: answering a card gives the next queue, so undo is
 * going back to the previous one.
 *
 * <p>Order:
 * <ol>
 * <li>learning and relearning cards <b>due now</b>, earliest first;
 * <li>the <b>main queue</b>: today's due reviews (most overdue relative to their interval first, up to what the
 * review limit leaves) with the new cards (bank order, topics in turn, up to what the new-card limit leaves)
 * spread evenly among them, as Anki's default "mix with reviews";
 * <li>only when the main queue is empty: learning cards due <b>within the learn-ahead window</b> (20 minutes).
 * </ol>
 * Learning cards due later than the window are never shown early. A card answered while the main queue is
 * empty and due again within the window is placed after the next learning card, if there is one, so the same
 * card never comes twice in a row while another can be shown (Anki's {@code requeue_learning_entry}).
 * Answering a card takes the new cards of the same fact out of the main queue (siblings wait until tomorrow).
 * Suspended cards never appear.
 */
public final class StudyQueue {

    /** Learning cards this close to due are shown rather than ending the session (Anki's 20 minutes). */
    public static final long LEARN_AHEAD_MILLIS = 20 * 60_000L;

    private static final long DAY_MILLIS = 86_400_000L;

    private final LocalDate day;
    private final Instant dayEnd;
    private final List<Entry> main;
    private final List<Learning> learning;

    /** A card of the main queue. */
    private record Entry(String id, boolean isNew, String fact) {
    }

    /** A learning card due today; {@code due} is the queue's, which requeueing may move a second past another's. */
    private record Learning(String id, Instant due, int bankOrder) {
        static final Comparator<Learning> ORDER =
                Comparator.comparing(Learning::due).thenComparingInt(Learning::bankOrder);
    }

    private StudyQueue(LocalDate day, Instant dayEnd, List<Entry> main, List<Learning> learning) {
        this.day = day;
        this.dayEnd = dayEnd;
        this.main = List.copyOf(main);
        this.learning = List.copyOf(learning);
    }

    /** Gathers today's cards from {@code items} under the request's limits and filter. */
    public static StudyQueue build(Collection<QueueItem> items, QueueRequest request) {
        Instant now = request.now();
        long nowMillis = now.toEpochMilli();
        LocalDate day = request.dayClock().dayOf(now);
        Instant dayEnd = request.dayClock().startOf(day.plusDays(1));
        int reviewRoom = Math.max(0, request.limits().reviewsPerDay() - request.doneToday().reviews());
        int newRoom = Math.max(0, request.limits().newPerDay() - request.doneToday().newCards());

        List<Learning> learning = new ArrayList<>();
        // Bounded heaps keep only what the limits let through: O(n log limit) instead of sorting everything.
        PriorityQueue<Review> reviews = new PriorityQueue<>(Math.max(1, reviewRoom), Review.ORDER.reversed());
        Map<Topic, PriorityQueue<QueueItem>> fresh = new EnumMap<>(Topic.class);
        for (QueueItem item : items) {
            if (item.suspended() || !request.filter().accepts(item)) {
                continue;
            }
            Card card = item.card();
            CardState state = card.state();
            if (state == CardState.LEARNING || state == CardState.RELEARNING) {
                if (card.due().isBefore(dayEnd)) {
                    learning.add(new Learning(item.questionId(), card.due(), item.bankOrder()));
                }
            } else if (state == CardState.REVIEW) {
                if (card.due().isBefore(dayEnd) && reviewRoom > 0) {
                    offer(reviews, new Review(item, overdueness(card, nowMillis)), reviewRoom, Review.ORDER);
                }
            } else if (newRoom > 0) {
                PriorityQueue<QueueItem> topicQueue = fresh.computeIfAbsent(item.topic(),
                        t -> new PriorityQueue<>(BANK_ORDER.reversed()));
                offer(topicQueue, item, newRoom, BANK_ORDER);
            }
        }
        learning.sort(Learning.ORDER);
        Review[] due = reviews.toArray(new Review[0]);
        Arrays.sort(due, Review.ORDER);
        List<Entry> reviewEntries = new ArrayList<>(due.length);
        for (Review r : due) {
            reviewEntries.add(new Entry(r.item.questionId(), false, r.item.fact()));
        }
        List<Entry> newEntries = new ArrayList<>();
        for (QueueItem n : interleaveTopics(fresh, newRoom)) {
            newEntries.add(new Entry(n.questionId(), true, n.fact()));
        }
        return new StudyQueue(day, dayEnd, Intersperse.evenly(reviewEntries, newEntries), learning);
    }

    /** The study day this queue was built for: a queue from another day is stale. */
    public LocalDate day() {
        return day;
    }

    /** The card to show at {@code now}, in the order above; empty when the session is over. */
    public Optional<String> next(Instant now) {
        if (!learning.isEmpty() && !learning.get(0).due().isAfter(now)) {
            return Optional.of(learning.get(0).id());
        }
        if (!main.isEmpty()) {
            return Optional.of(main.get(0).id());
        }
        Instant ahead = now.plusMillis(LEARN_AHEAD_MILLIS);
        return learning.isEmpty() || learning.get(0).due().isAfter(ahead)
                ? Optional.empty() : Optional.of(learning.get(0).id());
    }

    /**
     * The cards as Anki's {@code CardQueues::iter} lists them at {@code now}: learning due now, the main queue, then
     * learning due within the window — the order they come in if each is answered out of today's way.
     */
    public List<String> upcoming(Instant now) {
        List<String> ids = new ArrayList<>();
        learning.stream().filter(l -> !l.due().isAfter(now)).forEach(l -> ids.add(l.id()));
        main.forEach(e -> ids.add(e.id()));
        Instant ahead = now.plusMillis(LEARN_AHEAD_MILLIS);
        learning.stream().filter(l -> l.due().isAfter(now) && !l.due().isAfter(ahead)).forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** How much is left, counted by the same rules as {@link #next}: nothing is promised that will not be shown. */
    public QueueCounts counts(Instant now) {
        int newCount = 0;
        for (Entry e : main) {
            if (e.isNew()) {
                newCount++;
            }
        }
        Instant shownUntil = main.isEmpty() ? now.plusMillis(LEARN_AHEAD_MILLIS) : now;
        int learningNow = 0;
        for (Learning l : learning) {
            if (!l.due().isAfter(shownUntil)) {
                learningNow++;
            }
        }
        Optional<Instant> nextLearning = learning.isEmpty() ? Optional.empty() : Optional.of(learning.get(0).due());
        return new QueueCounts(newCount, learningNow, main.size() - newCount, learning.size() - learningNow,
                nextLearning);
    }

    public boolean isFinished(Instant now) {
        return next(now).isEmpty();
    }

    /**
     * The queue after a card was answered at {@code now}: it leaves the queue, its new siblings too, and it comes
     * back as a learning card if it is still learning and due today.
     *
     * @param answered the card's queue item, holding its state after the answer
     */
    public StudyQueue answered(QueueItem answered, Instant now) {
        String id = answered.questionId();
        String fact = answered.fact();
        Card after = answered.card();
        List<Entry> nextMain = new ArrayList<>(main.size());
        for (Entry e : main) {
            if (!e.id().equals(id) && !(e.isNew() && e.fact().equals(fact))) {
                nextMain.add(e);
            }
        }
        List<Learning> nextLearning = new ArrayList<>(learning.size() + 1);
        for (Learning l : learning) {
            if (!l.id().equals(id)) {
                nextLearning.add(l);
            }
        }
        boolean stillLearning = after.state() == CardState.LEARNING || after.state() == CardState.RELEARNING;
        if (stillLearning && after.due().isBefore(dayEnd)) {
            Instant due = after.due();
            Instant cutoff = now.plusMillis(LEARN_AHEAD_MILLIS);
            // Would it be shown again at once? Then after the next learning card, if that one is due soon too.
            if (!due.isAfter(cutoff) && nextMain.isEmpty() && !nextLearning.isEmpty()) {
                Instant following = nextLearning.get(0).due();
                if (!following.isBefore(due) && following.plusSeconds(1).isBefore(cutoff)) {
                    due = following.plusSeconds(1);
                }
            }
            nextLearning.add(new Learning(id, due, answered.bankOrder()));
            nextLearning.sort(Learning.ORDER);
        }
        return new StudyQueue(day, dayEnd, nextMain, nextLearning);
    }

    private static final Comparator<QueueItem> BANK_ORDER =
            Comparator.comparingInt(QueueItem::bankOrder).thenComparing(QueueItem::questionId);

    /** Days overdue as a fraction of the interval: a week late on a 3-day card matters more than on a year. */
    private static double overdueness(Card card, long nowMillis) {
        double overdueDays = (nowMillis - card.due().toEpochMilli()) / (double) DAY_MILLIS;
        return overdueDays / Math.max(1, card.scheduledDays());
    }

    /** Adds to a heap whose head is the worst kept element, dropping the worst once there are {@code cap}. */
    private static <T> void offer(PriorityQueue<T> worstFirst, T element, int cap, Comparator<T> order) {
        if (worstFirst.size() < cap) {
            worstFirst.add(element);
        } else if (order.compare(element, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(element);
        }
    }

    /** Topics in turn, each in bank order; the topic whose first new card comes earliest in the bank leads. */
    private static List<QueueItem> interleaveTopics(Map<Topic, PriorityQueue<QueueItem>> byTopic, int limit) {
        List<List<QueueItem>> columns = new ArrayList<>();
        for (PriorityQueue<QueueItem> heap : byTopic.values()) {
            List<QueueItem> column = new ArrayList<>(heap);
            column.sort(BANK_ORDER);
            columns.add(column);
        }
        columns.sort(Comparator.comparing((List<QueueItem> c) -> c.get(0), BANK_ORDER));
        List<QueueItem> result = new ArrayList<>(limit);
        for (int row = 0; result.size() < limit; row++) {
            boolean any = false;
            for (List<QueueItem> column : columns) {
                if (row < column.size() && result.size() < limit) {
                    result.add(column.get(row));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return result;
    }

    /** A due review card with its sort key. */
    private static final class Review {
        static final Comparator<Review> ORDER = Comparator.comparingDouble((Review r) -> -r.overdueness)
                .thenComparing(r -> r.item, BANK_ORDER);

        final QueueItem item;
        final double overdueness;

        Review(QueueItem item, double overdueness) {
            this.item = item;
            this.overdueness = overdueness;
        }
    }
}
