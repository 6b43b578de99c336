package org.smriti.core.mock;

import java.util.function.Predicate;
import org.smriti.core.question.Topic;

/** The filters of the answer review (question by question); combine them with {@link Predicate#and}. */
@FunctionalInterface
public interface AnswerFilter extends Predicate<MockResult.QuestionRow> {

    AnswerFilter ALL = row -> true;
    AnswerFilter WRONG = row -> row.outcome() == Outcome.WRONG;
    AnswerFilter BLANK = row -> row.outcome() == Outcome.BLANK;
    AnswerFilter MARKED = MockResult.QuestionRow::marked;

    static AnswerFilter topic(Topic topic) {
        return row -> row.topic() == topic;
    }
}
