package org.smriti.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.question.Topic;

class DailyQueueTest {

    /** 10:00 in India; the study day (04:00 rollover) runs until 22:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-03-02T04:30:00Z");
    private static final DayClock INDIA = DayClock.of(ZoneId.of("Asia/Kolkata"), 4);
    private static final QueueRequest TODAY = QueueRequest.daily(NOW, INDIA, DailyLimits.defaults(), DoneToday.NOTHING);

    private int bankOrder;

    private QueueItem item(String id, Topic topic, Card card) {
        return new QueueItem(id, topic, bankOrder++, card, false, false);
    }

    private QueueItem fresh(String id, Topic topic) {
        return item(id, topic, Card.newCard(NOW.minus(Duration.ofDays(10))));
    }

    private QueueItem learning(String id, Duration dueIn) {
        return item(id, Topic.HISTORY, new Card(CardState.LEARNING, NOW.plus(dueIn), 2.3, 5, 0, 1, 1, 0,
                NOW.minus(Duration.ofMinutes(5))));
    }

    /** A review card due {@code overdueDays} ago after an interval of {@code interval} days. */
    private QueueItem review(String id, double overdueDays, int interval) {
        Instant due = NOW.minus(Duration.ofMinutes(Math.round(overdueDays * 1440)));
        return item(id, Topic.ECONOMY, new Card(CardState.REVIEW, due, interval, 5, interval, 0, 3, 0,
                due.minus(Duration.ofDays(interval))));
    }

    private DailyQueue build(QueueRequest request, QueueItem... items) {
        return DailyQueue.build(List.of(items), request);
    }

    @Test
    void learningCardsComeFirstThenReviewsThenNewCards() {
        DailyQueue queue = build(TODAY, fresh("new", Topic.HISTORY), review("rev", 1, 3),
                learning("learn", Duration.ofMinutes(-1)));
        assertThat(queue.ids()).containsExactly("learn", "rev", "new");
        assertThat(List.of(queue.learningCount(), queue.reviewCount(), queue.newCount())).containsExactly(1, 1, 1);
    }

    @Test
    void learningCardsDueWithinTwentyMinutesAreShownEarliestFirst() {
        DailyQueue queue = build(TODAY, learning("in-19m", Duration.ofMinutes(19)),
                learning("overdue", Duration.ofMinutes(-30)), learning("in-20m", Duration.ofMinutes(20)),
                learning("in-21m", Duration.ofMinutes(21)));
        assertThat(queue.ids()).containsExactly("overdue", "in-19m", "in-20m");
        assertThat(queue.learningLaterToday()).isEqualTo(1);
    }

    @Test
    void learningCardsDueTomorrowAreNotCountedForToday() {
        DailyQueue queue = build(TODAY, learning("tomorrow", Duration.ofHours(20)));
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.learningLaterToday()).isZero();
    }

    @Test
    void reviewsDueAnyTimeBeforeTheRolloverAreDueToday() {
        DailyQueue queue = build(TODAY, review("tonight", -0.7, 10), review("after-rollover", -0.8, 10));
        // 0.7 days after 10:00 IST is 02:48 IST (before 04:00); 0.8 days is 05:12 IST, the next study day.
        assertThat(queue.ids()).containsExactly("tonight");
    }

    @Test
    void theMostOverdueReviewRelativeToItsIntervalComesFirst() {
        DailyQueue queue = build(TODAY, review("2-of-100", 2, 100), review("2-of-4", 2, 4),
                review("5-of-50", 5, 50), review("0-of-1", 0, 1));
        assertThat(queue.ids()).containsExactly("2-of-4", "5-of-50", "2-of-100", "0-of-1");
    }

    @Test
    void reviewsStopAtTheReviewLimitLessWhatWasDoneToday() {
        QueueRequest request = QueueRequest.daily(NOW, INDIA, new DailyLimits(20, 5), new DoneToday(0, 3));
        DailyQueue queue = build(request, review("a", 1, 10), review("b", 4, 10), review("c", 2, 10),
                review("d", 3, 10));
        assertThat(queue.ids()).containsExactly("b", "d");
        assertThat(queue.reviewCount()).isEqualTo(2);
    }

    @Test
    void newCardsStopAtTheNewLimitLessWhatWasDoneToday() {
        QueueRequest request = QueueRequest.daily(NOW, INDIA, new DailyLimits(4, 200), new DoneToday(3, 0));
        DailyQueue queue = build(request, fresh("n1", Topic.HISTORY), fresh("n2", Topic.HISTORY));
        assertThat(queue.ids()).containsExactly("n1");
        assertThat(queue.newCount()).isEqualTo(1);
    }

    @Test
    void moreDoneThanTheLimitLeavesNoRoomRatherThanANegativeCount() {
        QueueRequest request = QueueRequest.daily(NOW, INDIA, new DailyLimits(2, 2), new DoneToday(5, 5));
        DailyQueue queue = build(request, fresh("n", Topic.HISTORY), review("r", 1, 3));
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.newCount()).isZero();
        assertThat(queue.reviewCount()).isZero();
    }

    @Test
    void newCardsFollowBankOrderTakingTopicsInTurn() {
        List<QueueItem> items = new ArrayList<>();
        items.add(fresh("h1", Topic.HISTORY));
        items.add(fresh("h2", Topic.HISTORY));
        items.add(fresh("h3", Topic.HISTORY));
        items.add(fresh("d1", Topic.DEFENCE));
        items.add(fresh("d2", Topic.DEFENCE));
        items.add(fresh("e1", Topic.ENERGY));
        Collections.reverse(items);
        DailyQueue queue = DailyQueue.build(items, TODAY);
        assertThat(queue.ids()).containsExactly("h1", "d1", "e1", "h2", "d2", "h3");
    }

    @Test
    void theNewLimitKeepsTheEarliestCardsOfEachTopic() {
        QueueRequest request = QueueRequest.daily(NOW, INDIA, new DailyLimits(3, 200), DoneToday.NOTHING);
        DailyQueue queue = build(request, fresh("h1", Topic.HISTORY), fresh("h2", Topic.HISTORY),
                fresh("h3", Topic.HISTORY), fresh("d1", Topic.DEFENCE), fresh("d2", Topic.DEFENCE));
        assertThat(queue.ids()).containsExactly("h1", "d1", "h2");
    }

    @Test
    void suspendedCardsNeverAppear() {
        QueueItem suspended = new QueueItem("s", Topic.HISTORY, 0, Card.newCard(NOW), true, false);
        QueueItem suspendedReview = new QueueItem("sr", Topic.HISTORY, 1, review("x", 1, 3).card(), true, false);
        DailyQueue queue = build(TODAY, suspended, suspendedReview, fresh("n", Topic.HISTORY));
        assertThat(queue.ids()).containsExactly("n");
    }

    @Test
    void topicPracticeDrawsOnlyFromTheChosenTopicsByTheSameRules() {
        QueueRequest request = TODAY.withFilter(QueueFilter.topics(Set.of(Topic.DEFENCE, Topic.ENERGY)));
        DailyQueue queue = build(request, fresh("h1", Topic.HISTORY), fresh("d1", Topic.DEFENCE),
                fresh("e1", Topic.ENERGY), fresh("d2", Topic.DEFENCE), review("econ", 1, 3));
        assertThat(queue.ids()).containsExactly("d1", "e1", "d2");
    }

    @Test
    void bookmarkPracticeDrawsOnlyBookmarkedCards() {
        QueueItem marked = new QueueItem("marked", Topic.HISTORY, 0, review("m", 1, 3).card(), false, true);
        DailyQueue queue = build(TODAY.withFilter(QueueFilter.bookmarked()), marked, review("plain", 2, 3));
        assertThat(queue.ids()).containsExactly("marked");
    }

    @Test
    void leechPracticeDrawsOnlyCardsWithEightLapses() {
        Card leech = new Card(CardState.REVIEW, NOW.minus(Duration.ofDays(1)), 1, 9, 1, 0, 20, 8,
                NOW.minus(Duration.ofDays(2)));
        Card nearly = new Card(CardState.REVIEW, NOW.minus(Duration.ofDays(1)), 1, 9, 1, 0, 20, 7,
                NOW.minus(Duration.ofDays(2)));
        DailyQueue queue = build(TODAY.withFilter(QueueFilter.leeches()),
                item("leech", Topic.HISTORY, leech), item("nearly", Topic.HISTORY, nearly));
        assertThat(queue.ids()).containsExactly("leech");
    }

    @Test
    void reviewsNotYetDueStayOut() {
        DailyQueue queue = build(TODAY, review("next-week", -7, 10));
        assertThat(queue.isEmpty()).isTrue();
    }
}
