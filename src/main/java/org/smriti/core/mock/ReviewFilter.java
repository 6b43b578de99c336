package org.smriti.core.mock;

import java.util.function.Predicate;
import org.smriti.core.question.Topic;

/** The filters of the question-by-question review; combine them with {@link Predicate#and}. */
@FunctionalInterface
public interface ReviewFilter extends Predicate<MockResult.QuestionRow> {

    ReviewFilter ALL = row -> true;
    ReviewFilter WRONG = row -> row.outcome() == Outcome.WRONG;
    ReviewFilter BLANK = row -> row.outcome() == Outcome.BLANK;
    ReviewFilter MARKED = MockResult.QuestionRow::marked;

    static ReviewFilter topic(Topic topic) {
        return row -> row.topic() == topic;
    }
}
