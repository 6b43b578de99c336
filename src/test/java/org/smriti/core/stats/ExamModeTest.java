package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.flashcard;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.reviewed;
import static org.smriti.core.stats.StatsFixtures.suspend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;

class ExamModeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Settings settings(double retention, LocalDate exam) {
        return Settings.defaults().toBuilder().desiredRetention(retention).examDate(exam).build();
    }

    @ParameterizedTest(name = "{1} days left at {0} -> {2}")
    @CsvSource({
            "0.90, 45, 0.90",
            "0.90, 30, 0.90",
            "0.90, 15, 0.925",
            "0.90,  0, 0.95",
            "0.90, -1, 0.90",
            "0.80, 20, 0.85",
            "0.97,  5, 0.97",
    })
    void retentionRisesLinearlyToNinetyFivePercentOverTheLastThirtyDays(double base, int daysLeft, double expected) {
        double r = ExamMode.retentionFor(settings(base, TODAY.plusDays(daysLeft)), TODAY);

        assertThat(r).isCloseTo(expected, within(1e-12));
    }

    @Test
    void withoutAnExamDateRetentionIsTheSetting() {
        assertThat(ExamMode.retentionFor(settings(0.88, null), TODAY)).isEqualTo(0.88);
    }

    private static QuestionBank bank(int size) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(flashcard("q" + i, Topic.HISTORY));
        }
        return new QuestionBank(questions);
    }

    @Test
    void unseenCardsAreSpreadOverTheDaysBeforeTheExamRoundingUp() {
        ProgressState s = journal(reviewed("q0", Rating.GOOD, NOW, CardState.NEW, 1), suspend("q1"));

        ExamMode.Unseen unseen = ExamMode.unseenBeforeExam(bank(12), s, TODAY, TODAY.plusDays(3));

        assertThat(unseen).isEqualTo(new ExamMode.Unseen(10, 3));
        assertThat(unseen.newPerDay()).hasValue(4);
    }

    @Test
    void onTheExamDayNoNewCardsCanBeSpread() {
        ExamMode.Unseen unseen = ExamMode.unseenBeforeExam(bank(5), ProgressState.empty(), TODAY, TODAY);

        assertThat(unseen.newPerDay()).isEmpty();
    }

    @Test
    void examModeRaisesNewCardsADayOnlyWhenTheSettingIsTooFew() {
        Settings twenty = Settings.defaults();

        assertThat(ExamMode.newPerDayFor(twenty, new ExamMode.Unseen(300, 10))).isEqualTo(30);
        assertThat(ExamMode.newPerDayFor(twenty, new ExamMode.Unseen(100, 10))).isEqualTo(20);
    }
}
