package org.smriti.core.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;

/**
 * Per topic (a question's main topic): how many cards are new, learning, young and mature now, the mean
 * probability of recalling the studied ones now, and the accuracy on the topic in mock tests. Suspended cards
 * are counted by their state like the others.
 *
 * @param rows one row per topic that has questions, in {@link Topic} order
 */
public record TopicMastery(List<Row> rows) {

    public TopicMastery {
        rows = List.copyOf(rows);
    }

    /**
     * @param fresh      never reviewed
     * @param learning   in learning or relearning steps
     * @param young      in review with an interval under {@link Retention#MATURE_DAYS} days
     * @param mature     in review with an interval of {@link Retention#MATURE_DAYS} days or more
     * @param meanRecall mean FSRS retrievability of the studied (not new) cards now; empty when none is studied
     * @param mock       right answers among those attempted in mock tests
     */
    public record Row(Topic topic, int fresh, int learning, int young, int mature, OptionalDouble meanRecall,
                      Rate mock) {
        public int cards() {
            return fresh + learning + young + mature;
        }
    }

    public static TopicMastery of(QuestionBank bank, ProgressState state, Scheduler scheduler, Instant now,
                                  MockHistory mocks) {
        Map<Topic, int[]> counts = new EnumMap<>(Topic.class);
        Map<Topic, double[]> recall = new EnumMap<>(Topic.class);
        for (Question q : bank.questions()) {
            int[] c = counts.computeIfAbsent(q.primaryTopic(), t -> new int[4]);
            Card card = state.get(q.id()).flatMap(CardProgress::card).orElse(null);
            if (card == null || card.state() == CardState.NEW) {
                c[0]++;
                continue;
            }
            if (card.state() == CardState.REVIEW) {
                c[card.scheduledDays() >= Retention.MATURE_DAYS ? 3 : 2]++;
            } else {
                c[1]++;
            }
            double[] r = recall.computeIfAbsent(q.primaryTopic(), t -> new double[2]);
            r[0] += scheduler.retrievability(card, now);
            r[1]++;
        }
        Map<Topic, Rate> mock = mockAccuracy(mocks);
        List<Row> rows = new ArrayList<>();
        counts.forEach((topic, c) -> {
            double[] r = recall.get(topic);
            rows.add(new Row(topic, c[0], c[1], c[2], c[3],
                    r == null ? OptionalDouble.empty() : OptionalDouble.of(r[0] / r[1]),
                    mock.getOrDefault(topic, Rate.NONE)));
        });
        return new TopicMastery(rows);
    }

    /** Right answers among attempted ones per topic, over every submitted mock test. */
    public static Map<Topic, Rate> mockAccuracy(MockHistory mocks) {
        Map<Topic, Rate> out = new EnumMap<>(Topic.class);
        for (MockHistory.Entry e : mocks.tests()) {
            for (MockResult.TopicRow row : e.result().topics()) {
                out.merge(row.topic(), new Rate(row.correct(), row.attempted()), Rate::plus);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
