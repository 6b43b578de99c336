package org.smriti.core.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * What is left to study now, as Home and the review header show it.
 *
 * @param newCount           new cards in the main queue
 * @param learningCount      learning cards that will be shown: due now, or within the learn-ahead window once
 *                           nothing else is left
 * @param reviewCount        due reviews in the main queue
 * @param learningLaterToday learning cards due later today, not yet counted
 * @param nextLearningDue    when the earliest learning card of today falls due, if any
 */
public record QueueCounts(int newCount, int learningCount, int reviewCount, int learningLaterToday,
                          Optional<Instant> nextLearningDue) {

    public int total() {
        return newCount + learningCount + reviewCount;
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
