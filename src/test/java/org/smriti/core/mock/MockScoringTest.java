package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.mock.MockFixtures.mcqs;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Topic;

class MockScoringTest {

    /**
     * Answers the first {@code correct} questions right, the next {@code wrong} wrong and leaves the rest blank,
     * then marks the test.
     */
    private static MockResult take(MarkingScheme scheme, int correct, int wrong, int blank) {
        List<Mcq> questions = mcqs("q", Topic.ECONOMY, correct + wrong + blank);
        MockSession s = MockFixtures.session(questions, Duration.ofMinutes(120), scheme);
        for (int i = 0; i < questions.size(); i++) {
            if (i < correct) {
                s = s.select(0);
            } else if (i < correct + wrong) {
                s = s.select(3);
            }
            s = s.saveAndNext();
        }
        return MockResult.of(s.submit(), MockFixtures.byId(questions));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} with {3}c {4}w {5}b scores {6} ({7})")
    @CsvSource({
            // right, wrong, blank, correct, wrongs, blanks, exact score, shown, marks lost
            "2, -2/3, 0,   0,   0, 100,    0,       0.00,  0",
            "2, -2/3, 0,   0, 100,   0, -200/3, -66.67,  200/3",
            "2, -2/3, 0, 100,   0,   0,  200,    200.00, 0",
            "2, -2/3, 0,   0,   1,   0,  -2/3,   -0.67,  2/3",
            "2, -2/3, 0,   0,   3,   0,  -2,     -2.00,  2",
            "2, -2/3, 0,  50,  30,  20,   80,     80.00, 20",
            "2, -2/3, 0,   7,   2,   1,  38/3,   12.67,  4/3",
            "1, -1/3, 0,  10,   4,   0,  26/3,    8.67,  4/3",
            "2, -0.5, 0,   5,   3,   2,  17/2,    8.50,  3/2",
            "4, -1,   0,   3,   3,   3,   9,      9.00,  3",
            "1,  0,   0,   2,   5,   0,   2,      2.00,  0"})
    void scoreAppliesNegativeMarkingExactly(String right, String wrong, String blank, int c, int w, int b,
                                            String exact, String shown, String lost) {
        MarkingScheme scheme = new MarkingScheme(Fraction.parse(right), Fraction.parse(wrong), Fraction.parse(blank));
        MockResult result = take(scheme, c, w, b);

        assertThat(result.score()).isEqualTo(Fraction.parse(exact));
        assertThat(result.score().toDecimalString(2)).isEqualTo(shown);
        assertThat(result.marksLost()).isEqualTo(Fraction.parse(lost));
        assertThat(scheme.total(c, w, b)).isEqualTo(result.score());
        assertThat(List.of(result.correct(), result.wrong(), result.blank())).containsExactly(c, w, b);
    }

    @Test
    void upscSchemeIsPlusTwoMinusTwoThirdsZero() {
        assertThat(MarkingScheme.UPSC.describe()).isEqualTo("+2 / -2/3 / 0");
        assertThat(MarkingScheme.UPSC.penalty()).isEqualTo(Fraction.of(2, 3));
    }

    @Test
    void schemeRejectsAPositiveMarkForAWrongAnswer() {
        assertThatThrownBy(() -> new MarkingScheme(Fraction.of(2), Fraction.of(1, 3), Fraction.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong answer");
    }

    @Test
    void schemeRejectsANonPositiveMarkForARightAnswer() {
        assertThatThrownBy(() -> new MarkingScheme(Fraction.ZERO, Fraction.of(-1), Fraction.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("right answer");
    }

    @Test
    void schemeRejectsABlankWorthMoreThanARightAnswer() {
        assertThatThrownBy(() -> new MarkingScheme(Fraction.of(1), Fraction.of(-1), Fraction.of(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void allBlankHasNoAccuracy() {
        assertThat(take(MarkingScheme.UPSC, 0, 0, 5).accuracy()).isEmpty();
    }

    @Test
    void accuracyIsCorrectAmongAttempted() {
        assertThat(take(MarkingScheme.UPSC, 3, 1, 6).accuracy()).hasValue(0.75);
    }

    @Test
    void scorePercentIsOfTheMaximum() {
        MockResult result = take(MarkingScheme.UPSC, 5, 3, 2);
        assertThat(result.maxScore()).isEqualTo(Fraction.of(20));
        assertThat(result.scorePercent()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
