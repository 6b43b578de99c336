package org.smriti.core.question;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The loaded questions, in bank order (packs in load order, questions in file order), with unique ids. */
public final class QuestionBank {

    private static final QuestionBank EMPTY = new QuestionBank(List.of());

    private final List<Question> questions;
    private final Map<String, Integer> positions;
    private final Map<String, Question> byId = new ById();

    public QuestionBank(List<? extends Question> questions) {
        this.questions = List.copyOf(questions);
        // One index, by position: start-up builds a bank of thousands of questions more than once.
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < this.questions.size(); i++) {
            String id = this.questions.get(i).id();
            if (at.putIfAbsent(id, i) != null) {
                throw new IllegalArgumentException("duplicate question id " + id);
            }
        }
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

    /** Every question by id (read-only, in bank order), e.g. for rebuilding mock tests from the journal. */
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

    /** The questions by id: a view of the list through the index of positions. */
    private final class ById extends AbstractMap<String, Question> {

        private final Set<Entry<String, Question>> entries = new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Question>> iterator() {
                Iterator<Question> each = questions.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, Question> next() {
                        Question q = each.next();
                        return Map.entry(q.id(), q);
                    }
                };
            }

            @Override
            public int size() {
                return questions.size();
            }
        };

        @Override
        public Question get(Object id) {
            Integer at = positions.get(id);
            return at == null ? null : questions.get(at);
        }

        @Override
        public boolean containsKey(Object id) {
            return positions.containsKey(id);
        }

        @Override
        public int size() {
            return questions.size();
        }

        @Override
        public Set<Entry<String, Question>> entrySet() {
            return entries;
        }
    }
}
