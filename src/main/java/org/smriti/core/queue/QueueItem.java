package org.smriti.core.queue;

import java.util.Objects;
import org.smriti.core.fsrs.Card;
import org.smriti.core.question.Topic;

/**
 * One question as the study queue sees it.
 *
 * @param questionId the question's id
 * @param topic      its primary topic
 * @param bankOrder  its position in the bank (new cards are introduced in this order)
 * @param card       its FSRS state
 * @param suspended  never shown while suspended
 * @param bookmarked marked by the aspirant for later practice
 * @param fact       the fact it asks (questions on one fact are siblings, kept apart in a day)
 */
public record QueueItem(String questionId, Topic topic, int bankOrder, Card card, boolean suspended,
                        boolean bookmarked, String fact) {

    public QueueItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(fact, "fact");
    }

    /** A question that is its own fact (no siblings). */
    public QueueItem(String questionId, Topic topic, int bankOrder, Card card, boolean suspended, boolean bookmarked) {
        this(questionId, topic, bankOrder, card, suspended, bookmarked, questionId);
    }
}
