package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.SCHEDULER;
import static org.smriti.core.stats.StatsFixtures.card;
import static org.smriti.core.stats.StatsFixtures.flashcard;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.mcq;
import static org.smriti.core.stats.StatsFixtures.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;

class ExamPlanTest {

    private static final LocalDate EXAM = LocalDate.of(2027, 5, 23);
    /** 23 May 2027 09:30 in India. */
    private static final Instant EXAM_AT = Instant.parse("2027-05-23T04:00:00Z");

    /** A card whose recall at the exam is exactly 1: it is reviewed (in the journal's future) at the exam time. */
    private static ReviewEvent certainOnTheDay(String id) {
        return review(id, Rating.GOOD, NOW, CardState.NEW, card(CardState.REVIEW, EXAM_AT, EXAM_AT, 10, 10));
    }

    /** A card last seen now with a 1-day stability: almost forgotten six months later. */
    private static ReviewEvent fading(String id, double stability) {
        return review(id, Rating.GOOD, NOW, CardState.NEW,
                card(CardState.REVIEW, NOW, NOW.plus(Duration.ofDays(1)), 1, stability));
    }

    @ParameterizedTest(name = "recall {0} -> {1} marks")
    @CsvSource({
            "1.0,  2.0",
            "0.5,  0.6666666666666666",
            "0.25, 0.0",
            "0.2,  0.0",
            "0.0,  0.0",
    })
    void expectedMarksUnderUpscAnswerOnlyFromAQuarter(double p, double marks) {
        assertThat(ExamPlan.expectedMarks(p, MarkingScheme.UPSC)).isCloseTo(marks, within(1e-12));
    }

    @Test
    void answeringPaysFromAQuarterUnderUpsc() {
        assertThat(ExamPlan.attemptThreshold(MarkingScheme.UPSC)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void countsDaysLeftInStudyDaysAndPredictsForTheMorningOfTheExam() {
        ExamPlan plan = ExamPlan.of(EXAM, QuestionBank.empty(), ProgressState.empty(), SCHEDULER, NOW,
                MarkingScheme.UPSC);

        assertThat(plan.daysLeft()).isEqualTo(180);
        assertThat(plan.examAt()).isEqualTo(EXAM_AT);
        assertThat(plan.passed()).isFalse();
        assertThat(plan.score()).isEmpty();
    }

    @Test
    void newCardsCountAsZeroRecallInTheTopicMean() {
        QuestionBank bank = new QuestionBank(List.of(mcq("known", Topic.HISTORY), mcq("new", Topic.HISTORY)));

        ExamPlan plan = ExamPlan.of(EXAM, bank, journal(certainOnTheDay("known")), SCHEDULER, NOW,
                MarkingScheme.UPSC);

        assertThat(plan.topics()).containsExactly(new ExamPlan.TopicForecast(Topic.HISTORY, 2, 1, 0.5));
        assertThat(plan.unseen()).isEqualTo(1);
    }

    @Test
    void thePredictedMockScalesTheObjectiveQuestionsToAHundred() {
        // One certain card (2 marks), one unseen (left blank: 0); the flashcard is not a mock question.
        QuestionBank bank = new QuestionBank(List.of(mcq("known", Topic.HISTORY), mcq("new", Topic.DEFENCE),
                flashcard("card", Topic.DEFENCE)));

        ExamPlan plan = ExamPlan.of(EXAM, bank, journal(certainOnTheDay("known"), certainOnTheDay("card")),
                SCHEDULER, NOW, MarkingScheme.UPSC);

        ExamPlan.PredictedScore score = plan.score().orElseThrow();
        assertThat(score.marks()).isCloseTo(100.0, within(1e-9));
        assertThat(score.maxMarks()).isEqualTo(200.0);
        assertThat(score.percent()).isCloseTo(50.0, within(1e-9));
        assertThat(score.threshold()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void weakestCardsAreTheStudiedOnesWithTheLowestRecallOnTheDay() {
        QuestionBank bank = new QuestionBank(List.of(mcq("strong", Topic.HISTORY), mcq("weak", Topic.HISTORY),
                mcq("weaker", Topic.ENERGY), mcq("new", Topic.ENERGY)));

        ExamPlan plan = ExamPlan.of(EXAM, bank,
                journal(certainOnTheDay("strong"), fading("weak", 30), fading("weaker", 1)),
                SCHEDULER, NOW, MarkingScheme.UPSC);

        assertThat(plan.weakest()).extracting(ExamPlan.WeakCard::questionId).containsExactly("weaker", "weak", "strong");
        assertThat(plan.weakest().get(0).recall()).isLessThan(plan.weakest().get(1).recall());
        assertThat(plan.weakest().get(2).recall()).isEqualTo(1.0);
    }

    @Test
    void aPassedExamHasNegativeDaysLeft() {
        ExamPlan plan = ExamPlan.of(LocalDate.of(2026, 11, 20), QuestionBank.empty(), ProgressState.empty(),
                SCHEDULER, NOW, MarkingScheme.UPSC);

        assertThat(plan.daysLeft()).isEqualTo(-4);
        assertThat(plan.passed()).isTrue();
    }
}
