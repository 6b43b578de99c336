package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Scheduler PLAIN = new Scheduler(SchedulerConfig.defaults(DayClock.utc()).withFuzz(false));

    private static Card answer(Scheduler scheduler, Card card, Instant at, Rating... ratings) {
        Card current = card;
        for (Rating rating : ratings) {
            current = scheduler.next("card", current, at, rating).after();
        }
        return current;
    }

    private static Card graduated() {
        return answer(PLAIN, Card.newCard(T0), T0, Rating.GOOD, Rating.GOOD);
    }

    @Test
    void intervalHistoryMatchesTheReferencesPublishedExample() {
        Rating[] ratings = {Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
            Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        Card card = Card.newCard(T0);
        List<Integer> scheduledDays = new ArrayList<>();
        for (Rating rating : ratings) {
            card = PLAIN.next("card", card, card.due(), rating).after();
            scheduledDays.add(card.scheduledDays());
        }
        assertThat(scheduledDays).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
    }

    @Test
    void previewLabelsTheFourButtonsOfANewCard() {
        Preview preview = PLAIN.preview("card", Card.newCard(T0), T0);
        assertThat(List.of(preview.again().label(), preview.hard().label(), preview.good().label(),
                preview.easy().label())).containsExactly("1m", "6m", "10m", "8d");
    }

    @Test
    void previewOutcomeIsWhatAnsweringCommits() {
        Card card = graduated();
        Instant later = card.due().plus(Duration.ofDays(1));
        Preview preview = PLAIN.preview("card", card, later);
        for (Rating rating : Rating.values()) {
            assertThat(PLAIN.next("card", card, later, rating)).isEqualTo(preview.get(rating));
        }
    }

    @Test
    void goodOnANewCardMovesToTheSecondLearningStep() {
        Card card = answer(PLAIN, Card.newCard(T0), T0, Rating.GOOD);
        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.learningStep()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void againInLearningReturnsToTheFirstStep() {
        Card card = answer(PLAIN, Card.newCard(T0), T0, Rating.GOOD, Rating.AGAIN);
        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.learningStep()).isZero();
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(card.lapses()).isZero();
    }

    @Test
    void goodOnTheLastLearningStepGraduatesToReview() {
        Card card = graduated();
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.scheduledDays()).isPositive();
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofDays(card.scheduledDays())));
    }

    @Test
    void easyOnANewCardSkipsTheSteps() {
        Card card = answer(PLAIN, Card.newCard(T0), T0, Rating.EASY);
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.scheduledDays()).isEqualTo(8);
    }

    @Test
    void reviewAgainMovesCardToRelearning() {
        Card review = graduated();
        Card card = PLAIN.next("card", review, review.due(), Rating.AGAIN).after();
        assertThat(card.state()).isEqualTo(CardState.RELEARNING);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(review.due().plus(Duration.ofMinutes(10)));
        assertThat(card.stability()).isLessThan(review.stability());
    }

    @Test
    void goodAfterTheRelearningStepReturnsToReview() {
        Card review = graduated();
        Card relearning = PLAIN.next("card", review, review.due(), Rating.AGAIN).after();
        Card card = PLAIN.next("card", relearning, relearning.due(), Rating.GOOD).after();
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.scheduledDays()).isPositive();
    }

    @Test
    void withoutRelearningStepsAForgottenCardStaysInReview() {
        SchedulerConfig config = SchedulerConfig.defaults(DayClock.utc()).withFuzz(false);
        Scheduler noSteps = new Scheduler(new SchedulerConfig(config.parameters(), 0.9, 36500,
                config.learningSteps(), List.of(), true, false, DayClock.utc()));
        Card review = graduated();
        Card card = noSteps.next("card", review, review.due(), Rating.AGAIN).after();
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.scheduledDays()).isPositive();
    }

    @Test
    void withShortTermOffANewCardGoesStraightToReviewInDays() {
        Scheduler longTerm = new Scheduler(SchedulerConfig.defaults(DayClock.utc()).withFuzz(false).withShortTerm(false));
        Preview preview = longTerm.preview("card", Card.newCard(T0), T0);
        for (Rating rating : Rating.values()) {
            assertThat(preview.get(rating).after().state()).isEqualTo(CardState.REVIEW);
        }
        assertThat(preview.good().after().scheduledDays()).isEqualTo(3);
        assertThat(preview.again().after().scheduledDays()).isLessThan(preview.hard().after().scheduledDays());
    }

    @Test
    void withShortTermOffASameDayReviewUsesTheLongTermFormulas() {
        Scheduler longTerm = new Scheduler(SchedulerConfig.defaults(DayClock.utc()).withFuzz(false).withShortTerm(false));
        Card card = answer(longTerm, Card.newCard(T0), T0, Rating.GOOD);
        Card again = longTerm.next("card", card, T0.plusSeconds(60), Rating.GOOD).after();
        assertThat(again.scheduledDays()).isGreaterThanOrEqualTo(1);
        assertThat(again.state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void aReviewBeforeTheLastOneCountsAsNoTimeElapsed() {
        Card review = graduated();
        Instant clockMovedBack = T0.minus(Duration.ofDays(3));
        Preview preview = PLAIN.preview("card", review, clockMovedBack);
        for (Rating rating : Rating.values()) {
            Card after = preview.get(rating).after();
            assertThat(after.stability()).isFinite().isPositive();
            assertThat(after.difficulty()).isBetween(1.0, 10.0);
            assertThat(after.due()).isAfter(clockMovedBack);
        }
        assertThat(PLAIN.retrievability(review, clockMovedBack)).isEqualTo(1.0);
    }

    @Test
    void retrievabilityIsAboutTheDesiredRetentionWhenTheCardFallsDue() {
        Card review = answer(PLAIN, graduated(), T0.plus(Duration.ofDays(2)), Rating.GOOD);
        assertThat(PLAIN.retrievability(review, review.lastReview())).isEqualTo(1.0);
        assertThat(PLAIN.retrievability(review, review.due())).isCloseTo(0.9, within(0.02));
        assertThat(PLAIN.retrievability(review, review.due().plus(Duration.ofDays(30))))
                .isLessThan(PLAIN.retrievability(review, review.due()));
    }

    @Test
    void retrievabilityOfANewCardIsZero() {
        assertThat(PLAIN.retrievability(Card.newCard(T0), T0.plus(Duration.ofDays(5)))).isZero();
    }

    @Test
    void undoRestoresTheExactPriorCard() {
        Card before = graduated();
        ReviewResult result = PLAIN.next("card", before, before.due(), Rating.HARD);
        assertThat(result.before()).isEqualTo(before);
        assertThat(PLAIN.next("card", result.before(), before.due(), Rating.HARD)).isEqualTo(result);
    }

    @Test
    void theEighthLapseMakesACardALeech() {
        Card card = graduated();
        ReviewResult lapse = null;
        for (int i = 0; i < Scheduler.LEECH_LAPSES; i++) {
            assertThat(Scheduler.isLeech(card)).isFalse();
            card = answer(PLAIN, card, card.due(), Rating.GOOD);
            lapse = PLAIN.next("card", card, card.due(), Rating.AGAIN);
            card = lapse.after();
        }
        assertThat(card.lapses()).isEqualTo(8);
        assertThat(Scheduler.isLeech(card)).isTrue();
        assertThat(lapse.becameLeech()).isTrue();
    }

    @Test
    void aCardWithAnImpossibleMemoryStateIsRejected() {
        Card broken = new Card(CardState.REVIEW, T0, 5, 0.5, 3, 0, 4, 0, T0.minus(Duration.ofDays(3)));
        assertThatThrownBy(() -> PLAIN.next("q-7", broken, T0, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q-7").hasMessageContaining("difficulty 0.5");
    }

    @Test
    void elapsedDaysFollowTheDayClockNotTwentyFourHourPeriods() {
        // Reviewed 23:30 and 00:30 UTC: one UTC day apart, but the same study day in India with a 04:00 rollover.
        Instant late = Instant.parse("2026-03-02T23:30:00Z");
        Instant next = Instant.parse("2026-03-03T00:30:00Z");
        Card card = answer(PLAIN, Card.newCard(late), late, Rating.GOOD);
        Scheduler india = new Scheduler(SchedulerConfig.defaults(DayClock.of(ZoneId.of("Asia/Kolkata"), 4))
                .withFuzz(false));
        // Same study day in India: treated like a review at the same instant as the last (0 days elapsed).
        assertThat(india.next("card", card, next, Rating.AGAIN).after().stability())
                .isEqualTo(PLAIN.next("card", card, late, Rating.AGAIN).after().stability())
                .isNotEqualTo(PLAIN.next("card", card, next, Rating.AGAIN).after().stability());
    }
}
