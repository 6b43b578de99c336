package org.smriti.ui.mock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;

/** The question bank as the mock screens use it: in bank order to choose from, by id to show and to mark. */
final class MockBank {

    private final List<Question> questions;
    private final Map<String, Question> byId;

    MockBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> index = new LinkedHashMap<>();
        for (Question q : this.questions) {
            index.put(q.id(), q);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** In bank order; only objective questions are used in tests. */
    List<Question> questions() {
        return questions;
    }

    Map<String, Question> byId() {
        return byId;
    }

    /** A question of the bank that can appear in a test. */
    ObjectiveQuestion question(String id) {
        if (byId.get(id) instanceof ObjectiveQuestion q) {
            return q;
        }
        throw new IllegalArgumentException("mock test: question id '" + id + "' is not an objective question"
                + " in the bank");
    }

    /** The first of these ids that is no longer an objective question of the bank. */
    Optional<String> missing(List<String> ids) {
        return ids.stream().filter(id -> !(byId.get(id) instanceof ObjectiveQuestion)).findFirst();
    }

    boolean hasObjectiveQuestions() {
        return questions.stream().anyMatch(q -> q instanceof ObjectiveQuestion);
    }
}
