package org.smriti.core.queue;

import java.util.Set;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.question.Topic;

/** Which cards a queue draws from: all of them (the daily queue) or a practice selection. */
public sealed interface QueueFilter {

    boolean accepts(QueueItem item);

    static QueueFilter all() {
        return All.INSTANCE;
    }

    static QueueFilter topics(Set<Topic> topics) {
        return new Topics(topics);
    }

    static QueueFilter bookmarked() {
        return Bookmarked.INSTANCE;
    }

    static QueueFilter leeches() {
        return Leeches.INSTANCE;
    }

    enum All implements QueueFilter {
        INSTANCE;

        @Override
        public boolean accepts(QueueItem item) {
            return true;
        }
    }

    /** Cards whose primary topic is one of {@code topics}. */
    record Topics(Set<Topic> topics) implements QueueFilter {
        public Topics {
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("choose at least one topic to practise");
            }
            topics = Set.copyOf(topics);
        }

        @Override
        public boolean accepts(QueueItem item) {
            return topics.contains(item.topic());
        }
    }

    enum Bookmarked implements QueueFilter {
        INSTANCE;

        @Override
        public boolean accepts(QueueItem item) {
            return item.bookmarked();
        }
    }

    /** Cards with {@value Scheduler#LEECH_LAPSES} lapses or more. */
    enum Leeches implements QueueFilter {
        INSTANCE;

        @Override
        public boolean accepts(QueueItem item) {
            return Scheduler.isLeech(item.card());
        }
    }
}
