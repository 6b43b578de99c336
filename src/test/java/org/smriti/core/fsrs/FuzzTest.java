package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final Scheduler FUZZED = new Scheduler(SchedulerConfig.defaults(DayClock.utc()));

    private static List<Integer> goodEveryTimeOnDue(String cardId, int reviews) {
        Card card = Card.newCard(T0);
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < reviews; i++) {
            card = FUZZED.next(cardId, card, card.due(), Rating.GOOD).after();
            days.add(card.scheduledDays());
        }
        return days;
    }

    /** Expected values from ts-fsrs 5.4.2 with enable_fuzz and GenSeedStrategyWithCardId('card_id'). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "q-001; 0,2,12,49,162,534",
        "mcq-history-17; 0,2,12,51,180,550",
        "x; 0,2,13,50,177,544",
    })
    void fuzzedIntervalsEqualTheReferenceSeededByCardId(String cardId, String expected) {
        List<Integer> days = goodEveryTimeOnDue(cardId, 6);
        assertThat(days.toString()).isEqualTo("[" + expected.replace(",", ", ") + "]");
    }

    @Test
    void theSameCardAndReviewCountAlwaysGetTheSameFuzz() {
        assertThat(goodEveryTimeOnDue("q-42", 8)).isEqualTo(goodEveryTimeOnDue("q-42", 8));
    }

    @Test
    void differentCardsLearntTogetherAreSpreadApart() {
        Set<Integer> fourthIntervals = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            fourthIntervals.add(goodEveryTimeOnDue("q-" + i, 4).get(3));
        }
        assertThat(fourthIntervals).hasSizeGreaterThan(3);
    }

    @ParameterizedTest
    @CsvSource({
        // interval, lowest, highest: ±1 day under 2.5 days is not fuzzed at all; bands of 15 %, 10 %, 5 %
        "1, 1, 1",
        "2, 2, 2",
        "3, 2, 4",
        "5, 4, 6",
        "10, 8, 12",
        "30, 27, 33",
        "100, 93, 107",
    })
    void fuzzStaysWithinTheReferenceRanges(int interval, int lowest, int highest) {
        assertThat(Fuzz.apply(interval, 0, 36500, () -> 0.0)).isEqualTo(lowest);
        assertThat(Fuzz.apply(interval, 0, 36500, () -> 0.999999)).isEqualTo(highest);
    }

    @Test
    void fuzzNeverExceedsTheMaximumInterval() {
        assertThat(Fuzz.apply(365, 0, 365, () -> 0.999999)).isEqualTo(365);
    }

    @Test
    void fuzzNeverSchedulesAtOrBeforeTheDaysAlreadyElapsed() {
        assertThat(Fuzz.apply(10, 9, 36500, () -> 0.0)).isEqualTo(10);
    }

    @Test
    void fuzzFactorIsAlwaysInTheUnitInterval() {
        for (int reps = 1; reps < 200; reps++) {
            assertThat(Fuzz.factor("card-" + reps, reps)).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
    }
}
