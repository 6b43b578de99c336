package org.smriti.core.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;

/**
 * The result and analysis of a submitted test: score with negative marking, counts, a topic-wise table and an
 * answer review, question by question.
 *
 * @param questions one row per question, in the order asked
 * @param topics    one row per primary topic present, in {@link Topic} order
 */
public record MockResult(
        String testId,
        MockSpec spec,
        Instant startedAt,
        Duration duration,
        Duration timeUsed,
        boolean autoSubmitted,
        List<QuestionRow> questions,
        List<TopicRow> topics) {

    /** Share of questions flagged as the slowest (at least one). */
    public static final double SLOWEST_SHARE = 0.10;

    public MockResult {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(spec, "spec");
        questions = List.copyOf(questions);
        topics = List.copyOf(topics);
    }

    /**
     * Marks a submitted session.
     *
     * @param questionsById the bank; must hold every question of the test, as objective questions
     * @throws IllegalArgumentException naming the test and question id when one is missing or not objective
     */
    public static MockResult of(MockSession session, Map<String, ? extends Question> questionsById) {
        if (!session.submitted()) {
            throw new IllegalStateException("mock test " + session.testId() + " is not submitted yet");
        }
        MarkingScheme scheme = session.spec().scheme();
        List<QuestionRow> rows = new ArrayList<>(session.size());
        for (int i = 0; i < session.size(); i++) {
            String id = session.questionIds().get(i);
            Question q = questionsById.get(id);
            if (!(q instanceof ObjectiveQuestion objective)) {
                throw new IllegalArgumentException("mock test " + session.testId() + ": question id '" + id + "' "
                        + (q == null ? "is not in the bank" : "is a " + q.type().id() + ", not an objective question"));
            }
            QuestionState s = session.states().get(i);
            int right = objective.correctOption();
            Outcome outcome = outcome(s.selected(), right);
            rows.add(new QuestionRow(i, id, q.primaryTopic(), s.selected(), right, outcome, s.marked(),
                    Duration.ofMillis(s.timeMillis()), false, scheme.marksFor(outcome)));
        }
        return new MockResult(session.testId(), session.spec(), session.startedAt(), session.duration(),
                session.timeUsed(), session.autoSubmitted(), flagSlowest(rows), topicRows(rows));
    }

    // ---- score ----

    public Fraction score() {
        return questions.stream().map(QuestionRow::marks).reduce(Fraction.ZERO, Fraction::plus);
    }

    /** The score if every answer were right. */
    public Fraction maxScore() {
        return spec.scheme().right().times(questions.size());
    }

    /** Score as a percentage of {@link #maxScore()}; negative when wrong answers outweigh right ones. */
    public double scorePercent() {
        return 100 * score().toDouble() / maxScore().toDouble();
    }

    public int correct() {
        return count(Outcome.CORRECT);
    }

    public int wrong() {
        return count(Outcome.WRONG);
    }

    public int blank() {
        return count(Outcome.BLANK);
    }

    public int attempted() {
        return correct() + wrong();
    }

    /** Correct answers among those attempted; empty when nothing was attempted. */
    public OptionalDouble accuracy() {
        return ratio(correct(), attempted());
    }

    /** The marks deducted for wrong answers, as a non-negative number (3 wrong under UPSC: 2). */
    public Fraction marksLost() {
        return spec.scheme().penalty().times(wrong());
    }

    // ---- answer review ----

    public List<QuestionRow> rows(Predicate<? super QuestionRow> filter) {
        return questions.stream().filter(filter).collect(Collectors.toList());
    }

    public List<String> wrongIds() {
        return rows(AnswerFilter.WRONG).stream().map(QuestionRow::questionId).collect(Collectors.toList());
    }

    /** "Retry wrong answers": a custom test of just the wrong ones, at the preset rate; empty if none were wrong. */
    public Optional<MockSpec> retryWrongSpec(long seed) {
        List<String> ids = wrongIds();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MockSpec.custom(ids.size(), MockPreset.timeFor(ids.size()), seed)
                .withOnlyIds(ids)
                .withScheme(spec.scheme()));
    }

    /** "Retake this test": the same questions in the same order and the same time, whatever the bank now holds. */
    public MockSelection retakeSelection() {
        return new MockSelection(questions.stream().map(QuestionRow::questionId).collect(Collectors.toList()),
                duration);
    }

    /**
     * The reviews this test feeds into the spaced-repetition schedule: a wrong answer is an Again; a right
     * answer is a Good only when its card is due (answering a card early would distort its schedule); a
     * blank is nothing.
     */
    public List<SrsFeedback> srsFeedback(Predicate<String> isDue) {
        List<SrsFeedback> feedback = new ArrayList<>();
        for (QuestionRow row : questions) {
            if (row.outcome() == Outcome.WRONG) {
                feedback.add(new SrsFeedback(row.questionId(), Rating.AGAIN));
            } else if (row.outcome() == Outcome.CORRECT && isDue.test(row.questionId())) {
                feedback.add(new SrsFeedback(row.questionId(), Rating.GOOD));
            }
        }
        return feedback;
    }

    // ---- rows ----

    /**
     * One question of the answer review.
     *
     * @param index       position in the test (0-based)
     * @param yourAnswer  the option chosen 0..3, or -1 for a blank
     * @param rightAnswer the correct option 0..3
     * @param slowest     among the slowest {@link #SLOWEST_SHARE} of the test
     * @param marks       marks earned, under the test's scheme
     */
    public record QuestionRow(
            int index,
            String questionId,
            Topic topic,
            int yourAnswer,
            int rightAnswer,
            Outcome outcome,
            boolean marked,
            Duration time,
            boolean slowest,
            Fraction marks) {

        QuestionRow flaggedSlowest() {
            return new QuestionRow(index, questionId, topic, yourAnswer, rightAnswer, outcome, marked, time, true,
                    marks);
        }
    }

    /** One line of the topic-wise table (by primary topic). */
    public record TopicRow(Topic topic, int questions, int attempted, int correct, Fraction marks) {

        /** Correct among attempted; empty when none was attempted. */
        public OptionalDouble accuracy() {
            return ratio(correct, attempted);
        }
    }

    // ---- internals ----

    private int count(Outcome outcome) {
        return (int) questions.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static Outcome outcome(int selected, int right) {
        if (selected == QuestionState.NONE) {
            return Outcome.BLANK;
        }
        return selected == right ? Outcome.CORRECT : Outcome.WRONG;
    }

    private static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    /** Flags the ceil(10%) questions with the most time (ties to the earlier question); untimed ones never. */
    private static List<QuestionRow> flagSlowest(List<QuestionRow> rows) {
        int k = Math.max(1, (int) Math.ceil(rows.size() * SLOWEST_SHARE));
        List<QuestionRow> flagged = new ArrayList<>(rows);
        rows.stream()
                .filter(r -> !r.time().isZero())
                .sorted(Comparator.comparing(QuestionRow::time).reversed().thenComparingInt(QuestionRow::index))
                .limit(k)
                .forEach(r -> flagged.set(r.index(), r.flaggedSlowest()));
        return flagged;
    }

    private static List<TopicRow> topicRows(List<QuestionRow> rows) {
        Map<Topic, List<QuestionRow>> byTopic = rows.stream()
                .collect(Collectors.groupingBy(QuestionRow::topic, () -> new EnumMap<>(Topic.class),
                        Collectors.toList()));
        List<TopicRow> table = new ArrayList<>();
        byTopic.forEach((topic, group) -> {
            int correct = (int) group.stream().filter(r -> r.outcome() == Outcome.CORRECT).count();
            int attempted = (int) group.stream().filter(r -> r.outcome() != Outcome.BLANK).count();
            Fraction marks = group.stream().map(QuestionRow::marks).reduce(Fraction.ZERO, Fraction::plus);
            table.add(new TopicRow(topic, group.size(), attempted, correct, marks));
        });
        return table;
    }
}
