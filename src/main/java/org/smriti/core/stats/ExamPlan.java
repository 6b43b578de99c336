package org.smriti.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;

/**
 * What the memory model predicts for the exam day if no further review were done (every review before then
 * can only raise it): recall per topic, the expected score of a full mock, the weakest cards.
 *
 * <p>Assumptions, shown with the figures: recall on the day is FSRS retrievability at {@link #EXAM_START} local
 * time; a card never studied counts as 0 recall (nothing the model could measure has been learnt, and counting
 * it as known would hide the cards still to be seen); a full mock draws its {@link #MOCK_QUESTIONS} questions
 * evenly from the bank's objective questions, each answered right with its recall probability, and the
 * aspirant answers only when that probability makes answering worth it under the marking scheme (¼ for
 * +2/−⅔), leaving the rest blank.
 *
 * @param daysLeft study days from today to the exam day (0 on the day, negative once it has passed)
 * @param examAt   the instant recall is predicted for
 * @param topics   one row per topic that has questions, in {@link Topic} order
 * @param score    the predicted full-mock score; empty when the bank has no objective question
 * @param weakest  studied cards with the lowest recall on the day, weakest first, at most {@link #WEAKEST}
 * @param unseen   cards never studied
 */
public record ExamPlan(LocalDate examDate, long daysLeft, Instant examAt, List<TopicForecast> topics,
                       Optional<PredictedScore> score, List<WeakCard> weakest, int unseen) {

    /** UPSC Prelims GS Paper I starts at 09:30. */
    public static final LocalTime EXAM_START = LocalTime.of(9, 30);
    public static final int MOCK_QUESTIONS = 100;
    public static final int WEAKEST = 10;

    public ExamPlan {
        Objects.requireNonNull(examDate, "examDate");
        topics = List.copyOf(topics);
        weakest = List.copyOf(weakest);
    }

    /** @param meanRecall mean recall on the exam day over the topic's cards, new ones as 0 */
    public record TopicForecast(Topic topic, int cards, int unseen, double meanRecall) {
    }

    /**
     * @param marks     expected marks of a {@link #MOCK_QUESTIONS}-question mock
     * @param maxMarks  marks with every answer right
     * @param threshold recall probability from which a question is answered rather than left blank
     */
    public record PredictedScore(double marks, double maxMarks, double threshold) {
        public double percent() {
            return 100 * marks / maxMarks;
        }
    }

    public record WeakCard(String questionId, Topic topic, String prompt, double recall) {
    }

    public static ExamPlan of(LocalDate examDate, QuestionBank bank, ProgressState state, Scheduler scheduler,
                              Instant now, MarkingScheme scheme) {
        DayClock clock = scheduler.config().dayClock();
        Instant examAt = examDate.atTime(EXAM_START).atZone(clock.zone()).toInstant();
        long daysLeft = examDate.toEpochDay() - clock.dayOf(now).toEpochDay();
        Map<Topic, double[]> byTopic = new EnumMap<>(Topic.class);
        List<WeakCard> studied = new ArrayList<>();
        double marks = 0;
        int objective = 0;
        int unseen = 0;
        for (Question q : bank.questions()) {
            Optional<Card> card = state.get(q.id()).flatMap(CardProgress::card);
            double recall = card.map(c -> scheduler.retrievability(c, examAt)).orElse(0.0);
            double[] t = byTopic.computeIfAbsent(q.primaryTopic(), k -> new double[3]);
            t[0]++;
            t[2] += recall;
            if (card.isEmpty()) {
                t[1]++;
                unseen++;
            } else {
                studied.add(new WeakCard(q.id(), q.primaryTopic(), q.prompt(), recall));
            }
            if (q instanceof ObjectiveQuestion) {
                marks += expectedMarks(recall, scheme);
                objective++;
            }
        }
        List<TopicForecast> topics = new ArrayList<>();
        byTopic.forEach((topic, t) -> topics.add(new TopicForecast(topic, (int) t[0], (int) t[1], t[2] / t[0])));
        Optional<PredictedScore> score = objective == 0 ? Optional.empty()
                : Optional.of(new PredictedScore(MOCK_QUESTIONS * marks / objective,
                        MOCK_QUESTIONS * scheme.right().toDouble(), attemptThreshold(scheme)));
        // A stable sort keeps bank order among equal recalls, so the list does not shuffle between visits.
        studied.sort(Comparator.comparingDouble(WeakCard::recall));
        return new ExamPlan(examDate, daysLeft, examAt, topics, score,
                studied.subList(0, Math.min(WEAKEST, studied.size())), unseen);
    }

    /**
     * The recall probability at which answering and leaving blank are worth the same: p·right + (1−p)·wrong =
     * blank. ¼ under UPSC's +2 / −⅔ / 0.
     */
    public static double attemptThreshold(MarkingScheme scheme) {
        double right = scheme.right().toDouble();
        double wrong = scheme.wrong().toDouble();
        double blank = scheme.blank().toDouble();
        return (blank - wrong) / (right - wrong);
    }

    /**
     * Expected marks of one question recalled with probability {@code p}, answered only from the
     * {@link #attemptThreshold} on: under UPSC, (8p − 2)/3 when p ≥ ¼, else 0.
     */
    public static double expectedMarks(double p, MarkingScheme scheme) {
        if (p < attemptThreshold(scheme)) {
            return scheme.blank().toDouble();
        }
        return p * scheme.right().toDouble() + (1 - p) * scheme.wrong().toDouble();
    }

    public boolean passed() {
        return daysLeft < 0;
    }
}
