package org.smriti.core.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.smriti.core.Shuffle;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;

/**
 * Picks the questions of a test: only objective types, filtered by the spec, spread evenly across primary
 * topics (round-robin over the topics in a seeded order), then put in a seeded order. The result depends
 * only on the spec and the set of candidate questions, not on the order they are passed in.
 */
public final class MockSelector {

    private MockSelector() {
    }

    /**
     * @param weakIds ids of the aspirant's weak spots (answered wrong before, or low recall); used only
     *                when {@link MockSpec#weakSpotsOnly()} is set
     * @throws IllegalArgumentException when two candidates share an id
     */
    public static MockSelection select(MockSpec spec, Collection<? extends Question> candidates, Set<String> weakIds) {
        Map<String, ObjectiveQuestion> eligible = new TreeMap<>();
        for (Question q : candidates) {
            if (q instanceof ObjectiveQuestion && matches(spec, q, weakIds)
                    && eligible.put(q.id(), (ObjectiveQuestion) q) != null) {
                throw new IllegalArgumentException("mock selection: question id '" + q.id() + "' occurs twice");
            }
        }
        Random random = new Random(spec.seed());
        Map<Topic, List<String>> byTopic = new EnumMap<>(Topic.class);
        for (ObjectiveQuestion q : eligible.values()) {
            byTopic.computeIfAbsent(q.primaryTopic(), t -> new ArrayList<>()).add(q.id());
        }
        List<Topic> topicOrder = new ArrayList<>(byTopic.keySet());
        Shuffle.shuffle(topicOrder, random);
        for (List<String> ids : byTopic.values()) {
            Shuffle.shuffle(ids, random);
        }

        int wanted = Math.min(spec.count(), eligible.size());
        List<String> chosen = new ArrayList<>(wanted);
        for (int round = 0; chosen.size() < wanted; round++) {
            for (Topic t : topicOrder) {
                List<String> ids = byTopic.get(t);
                if (round < ids.size() && chosen.size() < wanted) {
                    chosen.add(ids.get(round));
                }
            }
        }
        // Round-robin order would repeat the topics in a fixed cycle; the real paper is mixed.
        Shuffle.shuffle(chosen, random);

        Duration duration = !spec.preset().isCustom() && chosen.size() < spec.count()
                ? MockPreset.timeFor(chosen.size())
                : spec.duration();
        return new MockSelection(chosen, duration);
    }

    private static boolean matches(MockSpec spec, Question q, Set<String> weakIds) {
        return (spec.topics().isEmpty() || q.topics().stream().anyMatch(spec.topics()::contains))
                && (spec.difficulties().isEmpty() || spec.difficulties().contains(q.difficulty()))
                && (!spec.pyqOnly() || q.pyq().isPresent())
                && (!spec.weakSpotsOnly() || weakIds.contains(q.id()))
                && (spec.onlyIds().isEmpty() || spec.onlyIds().contains(q.id()));
    }
}
