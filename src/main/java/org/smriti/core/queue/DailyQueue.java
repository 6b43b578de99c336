package org.smriti.core.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.question.Topic;

/**
 * What to study now, in order, and how much of each kind remains today.
 *
 * <p>Order: learning and relearning cards due within the learn-ahead window (earliest first); then review
 * cards due today, the most overdue relative to their interval first, up to what the review limit leaves;
 * then new cards up to what the new-card limit leaves, in bank order, taking topics in turn so a session
 * does not dwell on one topic. Suspended cards never appear.
 *
 * @param ids                 question ids in study order
 * @param newCount            new cards in {@code ids}
 * @param learningCount       learning/relearning cards in {@code ids}
 * @param reviewCount         review cards in {@code ids}
 * @param learningLaterToday  learning/relearning cards due later in this study day, not yet in {@code ids}
 */
public record DailyQueue(List<String> ids, int newCount, int learningCount, int reviewCount,
                         int learningLaterToday) {

    /** Learning cards this close to due are shown now rather than making the aspirant wait (Anki's 20 min). */
    public static final long LEARN_AHEAD_MILLIS = 20 * 60_000L;

    private static final long DAY_MILLIS = 86_400_000L;

    public DailyQueue {
        ids = List.copyOf(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public static DailyQueue build(Collection<QueueItem> items, QueueRequest request) {
        Instant now = request.now();
        long nowMillis = now.toEpochMilli();
        long learnAheadUntil = nowMillis + LEARN_AHEAD_MILLIS;
        long dayEnd = request.dayClock().startOf(request.dayClock().dayOf(now).plusDays(1)).toEpochMilli();
        int reviewRoom = Math.max(0, request.limits().reviewsPerDay() - request.doneToday().reviews());
        int newRoom = Math.max(0, request.limits().newPerDay() - request.doneToday().newCards());

        List<QueueItem> learning = new ArrayList<>();
        int learningLater = 0;
        // Bounded heaps keep only what the limits let through: O(n log limit) instead of sorting everything.
        PriorityQueue<Review> reviews = new PriorityQueue<>(Math.max(1, reviewRoom), Review.ORDER.reversed());
        Map<Topic, PriorityQueue<QueueItem>> fresh = new EnumMap<>(Topic.class);

        for (QueueItem item : items) {
            if (item.suspended() || !request.filter().accepts(item)) {
                continue;
            }
            Card card = item.card();
            long due = card.due().toEpochMilli();
            CardState state = card.state();
            if (state == CardState.LEARNING || state == CardState.RELEARNING) {
                if (due <= learnAheadUntil) {
                    learning.add(item);
                } else if (due < dayEnd) {
                    learningLater++;
                }
            } else if (state == CardState.REVIEW) {
                if (due < dayEnd && reviewRoom > 0) {
                    offer(reviews, new Review(item, overdueness(card, nowMillis)), reviewRoom, Review.ORDER);
                }
            } else if (newRoom > 0) {
                PriorityQueue<QueueItem> topicQueue = fresh.computeIfAbsent(item.topic(),
                        t -> new PriorityQueue<>(BANK_ORDER.reversed()));
                offer(topicQueue, item, newRoom, BANK_ORDER);
            }
        }

        learning.sort(Comparator.comparing((QueueItem i) -> i.card().due()).thenComparing(BANK_ORDER));
        Review[] dueReviews = reviews.toArray(new Review[0]);
        Arrays.sort(dueReviews, Review.ORDER);
        List<QueueItem> newCards = interleave(fresh, newRoom);

        List<String> ids = new ArrayList<>(learning.size() + dueReviews.length + newCards.size());
        learning.forEach(i -> ids.add(i.questionId()));
        for (Review r : dueReviews) {
            ids.add(r.item.questionId());
        }
        newCards.forEach(i -> ids.add(i.questionId()));
        return new DailyQueue(ids, newCards.size(), learning.size(), dueReviews.length, learningLater);
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
    private static List<QueueItem> interleave(Map<Topic, PriorityQueue<QueueItem>> byTopic, int limit) {
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
