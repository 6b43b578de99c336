package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewRecord;

/** The simulator's costs and rating habits from the aspirant's history, blended with fsrs-rs's defaults. */
class StudyHabitsTest {

    private static final DayClock CLOCK = DayClock.of(ZoneOffset.UTC, 4);
    private static final Instant DAY0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final SimulatorConfig BASE = SimulatorConfig.defaults().withStudy(300, 12, 150, 365);

    private static ReviewRecord record(int day, int minute, Rating rating, long millis, CardState before) {
        return new ReviewRecord(DAY0.plusSeconds(86_400L * day + 60L * minute), rating, millis, before,
                CardState.REVIEW);
    }

    @Test
    void withoutHistoryTheDefaultsAndTheStudySettingsStay() {
        SimulatorConfig config = StudyHabits.of(List.of(), CLOCK, BASE);
        // fsrs-rs counts one answer of each rating when it saw none: the defaults blended 4/54 with a quarter each
        double[] defaults = SimulatorConfig.defaults().firstRatingProb();
        for (int g = 0; g < 4; g++) {
            assertThat(config.firstRatingProb()[g]).isCloseTo(4 / 54.0 * 0.25 + 50 / 54.0 * defaults[g], within(1e-12));
        }
        assertThat(config.stateRatingCosts()[1]).containsExactly(SimulatorConfig.defaults().stateRatingCosts()[1]);
        assertThat(config.deckSize()).isEqualTo(300);
        assertThat(config.learnLimit()).isEqualTo(12);
        assertThat(config.maxInterval()).isEqualTo(365);
    }

    @Test
    void manyGoodFirstAnswersTakingFiveSecondsMoveTheFiguresMostOfTheWay() {
        List<List<ReviewRecord>> cards = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            cards.add(List.of(record(0, i, Rating.GOOD, 5000, CardState.NEW),
                    record(3, i, Rating.GOOD, 4000, CardState.REVIEW)));
        }
        SimulatorConfig config = StudyHabits.of(cards, CLOCK, BASE);
        double weight = 450 / 500.0;
        assertThat(config.firstRatingProb()[2]).isCloseTo(weight + (1 - weight) * 0.495, within(1e-9));
        assertThat(config.stateRatingCosts()[0][2]).isCloseTo(weight * 5 + (1 - weight) * 13.78, within(0.005));
        assertThat(config.stateRatingCosts()[1][2]).isCloseTo(weight * 4 + (1 - weight) * 12.38, within(0.005));
        assertThat(config.stateRatingCosts()[2][2]).isEqualTo(12.32); // no relearning answers: the default
    }

    @Test
    void aLapsesSameDayStepsBecomeRelearningTransitions() {
        List<List<ReviewRecord>> cards = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cards.add(List.of(record(0, 0, Rating.GOOD, 3000, CardState.NEW),
                    record(5, 0, Rating.AGAIN, 3000, CardState.REVIEW),
                    record(5, 10, Rating.GOOD, 3000, CardState.RELEARNING)));
        }
        double[][] relearning = StudyHabits.of(cards, CLOCK, BASE).relearningStepTransitions();
        // after Again: 200 Good of 204 smoothed counts, blended by 204 / 254
        double weight = 204 / 254.0;
        assertThat(relearning[0][2]).isCloseTo(weight * 201 / 204 + (1 - weight) * 0.6595, within(1e-9));
    }

    @Test
    void answersOfNoTimeOrOfTwentyMinutesAndMoreAreLeftOut() {
        List<List<ReviewRecord>> cards = List.of(List.of(record(0, 0, Rating.GOOD, 0, CardState.NEW),
                record(1, 0, Rating.GOOD, 1_200_000, CardState.REVIEW)));
        SimulatorConfig config = StudyHabits.of(cards, CLOCK, BASE);
        assertThat(config.stateRatingCosts()[0]).containsExactly(SimulatorConfig.defaults().stateRatingCosts()[0]);
        assertThat(config.stateRatingCosts()[1]).containsExactly(SimulatorConfig.defaults().stateRatingCosts()[1]);
    }
}
