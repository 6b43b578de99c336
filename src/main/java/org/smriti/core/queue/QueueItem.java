package org.smriti.core.queue;

import java.util.Objects;
import org.smriti.core.fsrs.Card;
import org.smriti.core.question.Topic;

/**
 * One question as the daily queue sees it.
 *
 * @param questionId the question's id
 * @param topic      its primary topic
 * @param bankOrder  its position in the bank (new cards are introduced in this order)
 * @param card       its FSRS state
 * @param suspended  never shown while suspended
 * @param bookmarked marked by the aspirant for later practice
 */
public record QueueItem(String questionId, Topic topic, int bankOrder, Card card, boolean suspended,
                        boolean bookmarked) {

    public QueueItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(card, "card");
    }
}
