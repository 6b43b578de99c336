package org.smriti.ui.review;

import java.util.Set;
import java.util.function.Predicate;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.QueueFilter;

/** A kind of session: the daily review or a practice on part of the bank, with the same scheduling rules. */
public record Practice(String label, QueueFilter filter, Predicate<Question> include) {

    public static Practice daily() {
        return new Practice("Daily review", QueueFilter.all(), q -> true);
    }

    public static Practice topics(Set<Topic> topics) {
        return new Practice("Practice: " + String.join(", ", topics.stream().map(Topic::label).sorted().toList()),
                QueueFilter.topics(topics), q -> true);
    }

    public static Practice bookmarks() {
        return new Practice("Practice: bookmarked cards", QueueFilter.bookmarked(), q -> true);
    }

    public static Practice leeches() {
        return new Practice("Practice: leeches", QueueFilter.leeches(), q -> true);
    }

    public static Practice pyqs() {
        return new Practice("Practice: previous-year questions", QueueFilter.all(), q -> q.pyq().isPresent());
    }
}
