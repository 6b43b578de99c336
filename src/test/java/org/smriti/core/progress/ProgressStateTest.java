package org.smriti.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.settings.Settings;

class ProgressStateTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    static Card reviewCard(int reps, Instant at) {
        return new Card(CardState.REVIEW, at.plusSeconds(86400L * reps), 2.5 * reps, 5.0, reps, 0, reps, 0, at);
    }

    static ReviewEvent review(String id, Rating rating, Card before, Card after) {
        return new ReviewEvent(id, rating, after.lastReview(), 1500, before, after);
    }

    @Test
    void reviewSetsTheAfterCardAndRecordsHistory() {
        Card after = reviewCard(1, T0);
        ProgressState s = ProgressState.empty().apply(review("q1", Rating.GOOD, Card.newCard(T0), after));

        CardProgress p = s.get("q1").orElseThrow();
        assertThat(p.card()).contains(after);
        assertThat(p.history()).containsExactly(
                new ReviewRecord(T0, Rating.GOOD, 1500, CardState.NEW, CardState.REVIEW));
    }

    @Test
    void applyLeavesTheOriginalStateUnchanged() {
        ProgressState before = ProgressState.empty();
        before.apply(new BookmarkEvent("q1", true, T0));

        assertThat(before.cards()).isEmpty();
    }

    @Test
    void undoRestoresTheBeforeCardAndDropsTheLastReview() {
        Card first = reviewCard(1, T0);
        Card second = reviewCard(2, T0.plusSeconds(86400));
        ProgressState s = ProgressState.replay(List.of(
                review("q1", Rating.GOOD, Card.newCard(T0), first),
                review("q1", Rating.EASY, first, second),
                new UndoEvent("q1", T0.plusSeconds(86500), first)));

        CardProgress p = s.get("q1").orElseThrow();
        assertThat(p.card()).contains(first);
        assertThat(p.history()).extracting(ReviewRecord::rating).containsExactly(Rating.GOOD);
    }

    @Test
    void undoingTheOnlyReviewMakesTheCardUntouchedAgain() {
        Card fresh = Card.newCard(T0);
        ProgressState s = ProgressState.empty()
                .apply(review("q1", Rating.AGAIN, fresh, reviewCard(1, T0)))
                .apply(new UndoEvent("q1", T0.plusSeconds(5), fresh));

        assertThat(s.cards()).isEmpty();
    }

    @Test
    void bookmarkingAnUnreviewedQuestionKeepsItWithoutACard() {
        ProgressState s = ProgressState.empty().apply(new BookmarkEvent("q1", true, T0));

        CardProgress p = s.get("q1").orElseThrow();
        assertThat(p.bookmarked()).isTrue();
        assertThat(p.card()).isEmpty();
        assertThat(s.cardOrNew("q1", T0)).isEqualTo(Card.newCard(T0));
    }

    @Test
    void removingTheOnlyBookmarkLeavesNoEntry() {
        ProgressState s = ProgressState.empty()
                .apply(new BookmarkEvent("q1", true, T0))
                .apply(new BookmarkEvent("q1", false, T0));

        assertThat(s.cards()).isEmpty();
    }

    @Test
    void suspendAndUnsuspendToggleTheFlag() {
        ProgressState s = ProgressState.empty().apply(new SuspendEvent("q1", true, T0));
        assertThat(s.get("q1").orElseThrow().suspended()).isTrue();

        assertThat(s.apply(new SuspendEvent("q1", false, T0)).get("q1")).isEmpty();
    }

    @Test
    void resetMakesTheCardNewButKeepsHistoryAndBookmark() {
        ProgressState s = ProgressState.replay(List.of(
                new BookmarkEvent("q1", true, T0),
                review("q1", Rating.GOOD, Card.newCard(T0), reviewCard(1, T0)),
                new ResetEvent("q1", T0.plusSeconds(60))));

        CardProgress p = s.get("q1").orElseThrow();
        assertThat(p.card()).isEmpty();
        assertThat(p.bookmarked()).isTrue();
        assertThat(p.reviewCount()).isEqualTo(1);
    }

    @Test
    void settingsChangesDoNotTouchCards() {
        ProgressState s = ProgressState.empty().apply(new BookmarkEvent("q1", true, T0));

        assertThat(s.apply(new SettingsChangedEvent(T0, Settings.defaults()))).isSameAs(s);
    }

    @Test
    void replayingGivesTheSameStateAsApplyingOneByOne() {
        List<ProgressEvent> events = new ArrayList<>();
        Card prev = Card.newCard(T0);
        for (int i = 1; i <= 50; i++) {
            Card next = reviewCard(i, T0.plusSeconds(i * 1000L));
            events.add(review("q" + i % 7, Rating.values()[i % 4], prev, next));
            if (i % 5 == 0) {
                events.add(new UndoEvent("q" + i % 7, T0.plusSeconds(i * 1000L + 1), prev));
            }
            prev = next;
        }
        ProgressState oneByOne = ProgressState.empty();
        for (ProgressEvent e : events) {
            oneByOne = oneByOne.apply(e);
        }

        assertThat(ProgressState.replay(events)).isEqualTo(oneByOne);
    }

    @Test
    void orphanedIdsAreTheOnesMissingFromTheBankAndComeBackWithIt() {
        ProgressState s = ProgressState.replay(List.of(
                new BookmarkEvent("kept", true, T0), new BookmarkEvent("removed", true, T0)));

        assertThat(s.orphanedIds(Set.of("kept"))).containsExactly("removed");
        assertThat(s.orphanedIds(Set.of("kept", "removed"))).isEmpty();
        assertThat(s.get("removed")).isPresent();
    }
}
