package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.FsrsParameters;

/** fsrs-rs's study simulator: limits, costs, determinism, and that higher retention costs more reviews. */
class SimulatorTest {

    private static final SimulatorConfig SMALL = SimulatorConfig.defaults().withStudy(200, 10, 1000, 36_500)
            .withSpan(180, Double.POSITIVE_INFINITY);

    private static Simulator simulator(SimulatorConfig config) {
        return new Simulator(config, FsrsParameters.defaults());
    }

    @Test
    void aHigherDesiredRetentionMeansMoreReviewsAndMoreRemembered() {
        SimulationResult low = simulator(SMALL).simulate(0.75, 1);
        SimulationResult high = simulator(SMALL).simulate(0.95, 1);
        assertThat(high.totalReviews()).isGreaterThan(low.totalReviews() * 3 / 2);
        assertThat(high.memorized()).isGreaterThan(low.memorized());
    }

    @Test
    void theSameSeedGivesTheSameStudyAndAnotherSeedAnother() {
        SimulationResult a = simulator(SMALL).simulate(0.9, 7);
        SimulationResult b = simulator(SMALL).simulate(0.9, 7);
        assertThat(b.reviews()).containsExactly(a.reviews());
        assertThat(b.memorized()).isEqualTo(a.memorized());
        assertThat(simulator(SMALL).simulate(0.9, 8).reviews()).isNotEqualTo(a.reviews());
    }

    @Test
    void newCardsComeAtTheLearnLimitUntilTheDeckIsLearnt() {
        SimulationResult r = simulator(SMALL).simulate(0.9, 1);
        assertThat(IntStream.of(r.learned()).limit(20)).containsOnly(10);
        assertThat(IntStream.of(r.learned()).skip(20)).containsOnly(0);
    }

    @Test
    void theReviewLimitAndTheDailyCostCapHold() {
        SimulatorConfig capped = SimulatorConfig.defaults().withStudy(300, 30, 25, 36_500).withSpan(120, 600);
        SimulationResult r = simulator(capped).simulate(0.9, 2);
        assertThat(IntStream.of(r.reviews())).allMatch(n -> n <= 25);
        // a day stops once its cost passes the cap, so it ends at most one card's answers beyond it
        assertThat(java.util.stream.DoubleStream.of(r.cost())).allMatch(c -> c < 600 + 200);
    }

    @Test
    void theListenerHearsEveryAnswer() {
        List<int[]> answers = new ArrayList<>();
        SimulationResult r = simulator(SMALL).simulate(0.9, 3, (card, day, rating, second, cost) -> answers.add(
                new int[] {card, day, rating}));
        assertThat(answers).hasSizeGreaterThan(r.totalReviews() + IntStream.of(r.learned()).sum());
        assertThat(answers).allMatch(a -> a[2] >= 1 && a[2] <= 4 && a[1] >= 0 && a[1] < 180);
    }

    @Test
    void fsrsRsDefaultDeckRemembersAboutAsManyCardsAsInFsrsRs() {
        // fsrs-rs test_simulator_memorization: 3370.383 cards remembered after a year (its seed 42); the random
        // numbers differ here, so the mean of three seeds is compared, within 3 %
        Simulator simulator = simulator(SimulatorConfig.defaults());
        double mean = IntStream.range(0, 3).mapToDouble(seed -> simulator.simulate(0.9, 42 + seed).memorized())
                .average().orElseThrow();
        assertThat(mean).isCloseTo(3370.383, within(3370.383 * 0.03));
    }
}
