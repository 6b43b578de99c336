package org.smriti.core.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

/** Small hand-built questions and tests for the mock-test specifications. */
final class MockFixtures {

    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private MockFixtures() {
    }

    static QuestionMeta meta(String id, Topic topic, int difficulty, Pyq pyq) {
        return new QuestionMeta(id, "Prompt of " + id, "Why " + id, List.of(topic), difficulty,
                new SourceRef("india-japan.md", "a quote"), pyq);
    }

    static Mcq mcq(String id, Topic topic, int correct) {
        return mcq(id, topic, 2, correct);
    }

    static Mcq mcq(String id, Topic topic, int difficulty, int correct) {
        return new Mcq(meta(id, topic, difficulty, null), List.of("w", "x", "y", "z"), correct);
    }

    static Mcq pyq(String id, Topic topic) {
        return new Mcq(meta(id, topic, 2, new Pyq("UPSC CSE Prelims", "GS Paper I", 2020)),
                List.of("w", "x", "y", "z"), 0);
    }

    static Assertion assertion(String id, Topic topic, Assertion.AssertionKey key) {
        return new Assertion(meta(id, topic, 2, null), "Statement I", "Statement II", key);
    }

    static Flashcard flashcard(String id, Topic topic) {
        return new Flashcard(meta(id, topic, 1, null), "answer");
    }

    static Descriptive descriptive(String id, Topic topic) {
        return new Descriptive(meta(id, topic, 3, null), List.of("point"));
    }

    /** {@code n} MCQs of one topic, ids {@code prefix-0..n-1}, all keyed (a). */
    static List<Mcq> mcqs(String prefix, Topic topic, int n) {
        List<Mcq> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(mcq(prefix + "-" + i, topic, 0));
        }
        return list;
    }

    static Map<String, Question> byId(Collection<? extends Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        return map;
    }

    /** A test of these questions in this order, started at {@link #T0}. */
    static MockSession session(List<? extends ObjectiveQuestion> questions, Duration duration) {
        return session(questions, duration, MarkingScheme.UPSC);
    }

    static MockSession session(List<? extends ObjectiveQuestion> questions, Duration duration, MarkingScheme scheme) {
        List<String> ids = new ArrayList<>();
        questions.forEach(q -> ids.add(q.id()));
        MockSpec spec = MockSpec.custom(ids.size(), duration, 1).withScheme(scheme);
        return MockSession.start("test-1", spec, new MockSelection(ids, duration), T0);
    }
}
