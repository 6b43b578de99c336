package org.smriti.ui.mock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;

/**
 * The question bank as the mock screens use it: in bank order to choose from, by id to show and to mark. It is the
 * bank as it is now: the aspirant's own objective cards, saved while the app runs, join the next test.
 */
final class MockBank {

    private final Supplier<List<Question>> current;
    private List<Question> questions;
    private Map<String, Question> byId;

    MockBank(Supplier<List<Question>> current) {
        this.current = current;
    }

    /** In bank order; only objective questions are used in tests. */
    List<Question> questions() {
        List<Question> now = current.get();
        if (now != questions) {
            Map<String, Question> index = new LinkedHashMap<>();
            now.forEach(q -> index.put(q.id(), q));
            questions = now;
            byId = Collections.unmodifiableMap(index);
        }
        return questions;
    }

    Map<String, Question> byId() {
        questions();
        return byId;
    }

    /** A question of the bank that can appear in a test. */
    ObjectiveQuestion question(String id) {
        if (byId().get(id) instanceof ObjectiveQuestion q) {
            return q;
        }
        throw new IllegalArgumentException("mock test: question id '" + id + "' is not an objective question"
                + " in the bank");
    }

    /** The first of these ids that is no longer an objective question of the bank. */
    Optional<String> missing(List<String> ids) {
        return ids.stream().filter(id -> !(byId().get(id) instanceof ObjectiveQuestion)).findFirst();
    }

    boolean hasObjectiveQuestions() {
        return questions().stream().anyMatch(q -> q instanceof ObjectiveQuestion);
    }
}
