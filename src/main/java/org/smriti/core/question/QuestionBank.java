package org.smriti.core.question;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded questions, in bank order (packs in load order, questions in file order), with unique ids. */
public final class QuestionBank {

    private static final QuestionBank EMPTY = new QuestionBank(List.of());

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, Integer> positions;

    public QuestionBank(List<? extends Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> index = new LinkedHashMap<>();
        Map<String, Integer> at = new HashMap<>();
        for (Question q : this.questions) {
            if (index.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate question id " + q.id());
            }
            at.put(q.id(), at.size());
        }
        this.byId = Collections.unmodifiableMap(index);
        this.positions = at;
    }

    public static QuestionBank empty() {
        return EMPTY;
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The question's position in bank order (new cards are introduced in this order); -1 if it is not here. */
    public int indexOf(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** Every question by id (read-only), e.g. for rebuilding mock tests from the journal. */
    public Map<String, Question> asMap() {
        return byId;
    }

    public int size() {
        return questions.size();
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** How many questions of each type; every type is present, possibly with 0. */
    public Map<QuestionType, Integer> countsByType() {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            counts.put(t, 0);
        }
        questions.forEach(q -> counts.merge(q.type(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * How many questions have each topic as their main (first) topic, so the counts add up to {@link #size()};
     * every topic is present, possibly with 0.
     */
    public Map<Topic, Integer> countsByTopic() {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            counts.put(t, 0);
        }
        questions.forEach(q -> counts.merge(q.primaryTopic(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
