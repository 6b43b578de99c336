package org.smriti.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;

/** The order of Anki's {@code CardQueues::iter}: learning due now, the main queue, then learning ahead. */
class StudyQueueTest {

    /** 10:00 in India; the study day (04:00 rollover) runs until 22:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-03-02T04:30:00Z");
    private static final ZoneId INDIA_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DayClock INDIA = DayClock.of(INDIA_ZONE, 4);
    private static final QueueRequest TODAY = QueueRequest.daily(NOW, INDIA, DailyLimits.defaults(), DoneToday.NOTHING);
    private static final Scheduler SCHEDULER =
            new Scheduler(SchedulerConfig.of(Settings.defaults(), FsrsParameters.defaults(), INDIA_ZONE));

    // ---- a small language for the tables: what each card is ------------------------------------------------

    private static int bankOrder;

    private static QueueItem item(String id, Topic topic, Card card, String fact) {
        return new QueueItem(id, topic, bankOrder++, card, false, false, fact);
    }

    static QueueItem fresh(String id) {
        return fresh(id, Topic.HISTORY, id);
    }

    static QueueItem fresh(String id, Topic topic, String fact) {
        return item(id, topic, Card.newCard(NOW.minus(Duration.ofDays(10))), fact);
    }

    static QueueItem learning(String id, Duration dueIn) {
        return item(id, Topic.HISTORY, new Card(CardState.LEARNING, NOW.plus(dueIn), 2.3, 5, 0, 1, 1, 0,
                NOW.minus(Duration.ofMinutes(5))), id);
    }

    static QueueItem relearning(String id, Duration dueIn) {
        return item(id, Topic.HISTORY, new Card(CardState.RELEARNING, NOW.plus(dueIn), 1.2, 7, 0, 0, 6, 1,
                NOW.minus(Duration.ofMinutes(5))), id);
    }

    /** A review card due {@code overdueDays} ago after an interval of {@code interval} days. */
    static QueueItem review(String id, double overdueDays, int interval) {
        Instant due = NOW.minus(Duration.ofMinutes(Math.round(overdueDays * 1440)));
        return item(id, Topic.ECONOMY, new Card(CardState.REVIEW, due, interval, 5, interval, 0, 3, 0,
                due.minus(Duration.ofDays(interval))), id);
    }

    static QueueItem suspended(QueueItem item) {
        return new QueueItem(item.questionId(), item.topic(), item.bankOrder(), item.card(), true, false, item.fact());
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    /** Every card the queue shows at {@code NOW}, in order, each answered so that it is gone for the day. */
    private static List<String> shownInOrder(StudyQueue queue, List<QueueItem> items) {
        List<String> shown = new ArrayList<>();
        StudyQueue q = queue;
        for (String id = q.next(NOW).orElse(null); id != null && shown.size() < 50; id = q.next(NOW).orElse(null)) {
            shown.add(id);
            q = q.answered(graduated(find(items, id)), NOW);
        }
        return shown;
    }

    private static QueueItem graduated(QueueItem item) {
        return withCard(item, new Card(CardState.REVIEW, NOW.plus(Duration.ofDays(5)), 5, 5, 5, 0, 2, 0, NOW));
    }

    private static QueueItem again(QueueItem item, Instant at) {
        return withCard(item, SCHEDULER.next(item.questionId(), item.card(), at, Rating.AGAIN).after());
    }

    private static QueueItem withCard(QueueItem item, Card card) {
        return new QueueItem(item.questionId(), item.topic(), item.bankOrder(), card, false, false, item.fact());
    }

    private static QueueItem find(List<QueueItem> items, String id) {
        return items.stream().filter(i -> i.questionId().equals(id)).findFirst().orElseThrow();
    }

    // ---- the order -----------------------------------------------------------------------------------------

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("learning due now comes first",
                        List.of(fresh("n1"), review("r1", 1, 3), learning("l-now", minutes(-1))),
                        List.of("l-now", "r1", "n1")),
                Arguments.of("learning due in 5 minutes waits behind new and review cards",
                        List.of(learning("l-5m", minutes(5)), review("r1", 1, 3), fresh("n1")),
                        List.of("r1", "n1", "l-5m")),
                Arguments.of("learning within the window is shown, earliest first, when nothing else is left",
                        List.of(learning("l-19m", minutes(19)), learning("l-3m", minutes(3))),
                        List.of("l-3m", "l-19m")),
                Arguments.of("learning later than the window is never shown early",
                        List.of(learning("l-21m", minutes(21)), fresh("n1")),
                        List.of("n1")),
                Arguments.of("relearning due now comes first",
                        List.of(review("r1", 1, 3), relearning("x-now", minutes(-2))),
                        List.of("x-now", "r1")),
                Arguments.of("relearning due soon waits for the main queue",
                        List.of(relearning("x-5m", minutes(5)), review("r1", 1, 3)),
                        List.of("r1", "x-5m")),
                Arguments.of("relearning later than the window is never shown early",
                        List.of(relearning("x-30m", minutes(30))),
                        List.of()),
                Arguments.of("new cards are spread evenly among the reviews (Anki's mix with reviews)",
                        List.of(review("r1", 4, 4), review("r2", 3, 4), review("r3", 2, 4), review("r4", 1, 4),
                                fresh("n1"), fresh("n2")),
                        List.of("r1", "n1", "r2", "r3", "n2", "r4")),
                Arguments.of("with more new cards than reviews the new cards lead",
                        List.of(review("r1", 1, 4), fresh("n1"), fresh("n2"), fresh("n3")),
                        List.of("n1", "r1", "n2", "n3")),
                Arguments.of("the most overdue review relative to its interval comes first",
                        List.of(review("2-of-100", 2, 100), review("2-of-4", 2, 4), review("5-of-50", 5, 50),
                                review("0-of-1", 0, 1)),
                        List.of("2-of-4", "5-of-50", "2-of-100", "0-of-1")),
                Arguments.of("suspended cards never appear",
                        List.of(suspended(fresh("s-new")), suspended(review("s-rev", 1, 3)),
                                suspended(learning("s-learn", minutes(-1))), fresh("n1")),
                        List.of("n1")),
                Arguments.of("reviews not yet due stay out",
                        List.of(review("next-week", -7, 10), fresh("n1")),
                        List.of("n1")),
                Arguments.of("reviews due any time before the rollover are due today",
                        // 0.7 days after 10:00 IST is 02:48 IST (before 04:00); 0.8 days is 05:12, the next day.
                        List.of(review("tonight", -0.7, 10), review("after-rollover", -0.8, 10)),
                        List.of("tonight")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void cardsComeInAnkisOrder(String rule, List<QueueItem> items, List<String> expected) {
        StudyQueue queue = StudyQueue.build(items, TODAY);

        assertThat(shownInOrder(queue, items)).isEqualTo(expected);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("new cards stop at the new limit less what was done today",
                        new DailyLimits(4, 200), new DoneToday(3, 0),
                        List.of(fresh("n1"), fresh("n2")), List.of("n1")),
                Arguments.of("reviews stop at the review limit less what was done today, most overdue kept",
                        new DailyLimits(20, 5), new DoneToday(0, 3),
                        List.of(review("a", 1, 10), review("b", 4, 10), review("c", 2, 10), review("d", 3, 10)),
                        List.of("b", "d")),
                Arguments.of("more done than the limit leaves no room rather than a negative count",
                        new DailyLimits(2, 2), new DoneToday(5, 5),
                        List.of(fresh("n"), review("r", 1, 3)), List.of()),
                Arguments.of("the new limit keeps the earliest cards of each topic",
                        new DailyLimits(3, 200), DoneToday.NOTHING,
                        List.of(fresh("h1", Topic.HISTORY, "h1"), fresh("h2", Topic.HISTORY, "h2"),
                                fresh("h3", Topic.HISTORY, "h3"), fresh("d1", Topic.DEFENCE, "d1"),
                                fresh("d2", Topic.DEFENCE, "d2")),
                        List.of("h1", "d1", "h2")),
                Arguments.of("learning cards are never limited",
                        new DailyLimits(0, 0), DoneToday.NOTHING,
                        List.of(learning("l", minutes(-2)), relearning("x", minutes(-1))), List.of("l", "x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void dailyLimitsApply(String rule, DailyLimits limits, DoneToday done, List<QueueItem> items,
            List<String> expected) {
        StudyQueue queue = StudyQueue.build(items, QueueRequest.daily(NOW, INDIA, limits, done));

        assertThat(shownInOrder(queue, items)).isEqualTo(expected);
    }

    static Stream<Arguments> burials() {
        return Stream.of(
                Arguments.of("one new card of a fact a day",
                        List.of(fresh("a-card", Topic.HISTORY, "a"), fresh("a-mcq", Topic.HISTORY, "a")),
                        Set.of(), 1),
                Arguments.of("a new card waits if a sibling was studied today",
                        List.of(fresh("b-card", Topic.HISTORY, "b"), fresh("c-card", Topic.HISTORY, "c")),
                        Set.of("b"), 1),
                Arguments.of("of three new cards of a fact, one a day",
                        List.of(fresh("f-card", Topic.HISTORY, "f"), fresh("f-mcq", Topic.HISTORY, "f"),
                                fresh("f-pairs", Topic.HISTORY, "f"), fresh("g-card", Topic.HISTORY, "g")),
                        Set.of(), 2),
                Arguments.of("cards of different facts are all kept",
                        List.of(fresh("d-card", Topic.HISTORY, "d"), fresh("e-card", Topic.HISTORY, "e")),
                        Set.of(), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("burials")
    void newSiblingsAreBuried(String rule, List<QueueItem> items, Set<String> studiedToday, int kept) {
        StudyQueue queue = StudyQueue.build(NewSiblings.bury(items, studiedToday), TODAY);

        assertThat(queue.counts(NOW).newCount()).isEqualTo(kept);
    }

    // ---- answering: learning steps are honoured ------------------------------------------------------------

    @Test
    void againOnSixNewCardsShowsSixDifferentCards() {
        List<QueueItem> items = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            items.add(fresh("n" + i));
        }
        StudyQueue queue = StudyQueue.build(items, TODAY);
        List<String> shown = new ArrayList<>();
        Instant at = NOW;
        for (int i = 0; i < 6; i++) {
            String id = queue.next(at).orElseThrow();
            shown.add(id);
            queue = queue.answered(again(find(items, id), at), at);
            at = at.plusSeconds(8);
        }
        assertThat(shown).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void againBringsTheCardBackOnlyAfterItsStep() {
        List<QueueItem> items = List.of(fresh("n1"), fresh("n2"), fresh("n3"));
        StudyQueue queue = StudyQueue.build(items, TODAY).answered(again(items.get(0), NOW), NOW);

        assertThat(queue.next(NOW.plusSeconds(59))).contains("n2");
        assertThat(queue.next(NOW.plusSeconds(61))).contains("n1");
    }

    @Test
    void goodOnTheTenMinuteStepDoesNotBringTheCardBackWhileOthersWait() {
        List<QueueItem> items = List.of(fresh("n1"), fresh("n2"));
        QueueItem failed = again(items.get(0), NOW);
        StudyQueue queue = StudyQueue.build(items, TODAY).answered(failed, NOW);
        Instant later = NOW.plusSeconds(61);
        QueueItem good = withCard(failed, SCHEDULER.next("n1", failed.card(), later, Rating.GOOD).after());

        queue = queue.answered(good, later);

        assertThat(good.card().due()).isAfter(later.plus(Duration.ofMinutes(9)));
        assertThat(queue.next(later)).contains("n2");
    }

    @Test
    void theSameCardNeverComesTwiceInARowWhileAnotherLearningCardCanBeShown() {
        List<QueueItem> items = List.of(fresh("n1"), fresh("n2"));
        StudyQueue queue = StudyQueue.build(items, TODAY)
                .answered(again(items.get(0), NOW), NOW)
                .answered(again(items.get(1), NOW), NOW);
        Instant t = NOW.plusSeconds(61);
        String up = queue.next(t).orElseThrow();

        queue = queue.answered(again(find(items, up), t), t);

        assertThat(queue.next(t)).isPresent().get().isNotEqualTo(up);
    }

    @Test
    void theOnlyCardLeftInTheWindowIsShownAgainRatherThanEndingTheSession() {
        List<QueueItem> items = List.of(fresh("n1"));
        StudyQueue queue = StudyQueue.build(items, TODAY).answered(again(items.get(0), NOW), NOW);

        assertThat(queue.next(NOW)).contains("n1");
    }

    @Test
    void answeringACardBuriesItsNewSiblingsForTheDay() {
        List<QueueItem> items = List.of(item("fact-card", Topic.ECONOMY, review("x", 1, 3).card(), "fact"),
                fresh("fact-mcq", Topic.ECONOMY, "fact"), fresh("other"));
        StudyQueue queue = StudyQueue.build(items, TODAY).answered(graduated(items.get(0)), NOW);

        assertThat(shownInOrder(queue, items)).containsExactly("other");
    }

    // ---- counts follow the same rules ----------------------------------------------------------------------

    @Test
    void learningIsCountedOnlyWhenItWillBeShown() {
        StudyQueue busy = StudyQueue.build(List.of(learning("soon", minutes(5)), learning("now", minutes(-1)),
                fresh("n1")), TODAY);
        StudyQueue idle = StudyQueue.build(List.of(learning("soon", minutes(5)), learning("late", minutes(40))),
                TODAY);

        assertThat(busy.counts(NOW)).isEqualTo(new QueueCounts(1, 1, 0, 1, Optional.of(NOW.minus(minutes(1)))));
        assertThat(idle.counts(NOW).learningCount()).isEqualTo(1);
        assertThat(idle.counts(NOW).learningLaterToday()).isEqualTo(1);
    }

    @Test
    void whenOnlyLaterLearningIsLeftTheSessionEndsAndSaysWhenItComesBack() {
        StudyQueue queue = StudyQueue.build(List.of(learning("late", minutes(42))), TODAY);

        assertThat(queue.isFinished(NOW)).isTrue();
        assertThat(queue.counts(NOW).nextLearningDue()).contains(NOW.plus(minutes(42)));
        assertThat(queue.isFinished(NOW.plus(minutes(22)).plusSeconds(1))).isFalse();
    }

    @Test
    void learningCardsDueTomorrowAreNotToday() {
        StudyQueue queue = StudyQueue.build(List.of(learning("tomorrow", Duration.ofHours(20))), TODAY);

        assertThat(queue.counts(NOW)).isEqualTo(new QueueCounts(0, 0, 0, 0, Optional.empty()));
    }

    @Test
    void newCardsFollowBankOrderTakingTopicsInTurn() {
        List<QueueItem> items = new ArrayList<>(List.of(fresh("h1", Topic.HISTORY, "h1"),
                fresh("h2", Topic.HISTORY, "h2"), fresh("h3", Topic.HISTORY, "h3"), fresh("d1", Topic.DEFENCE, "d1"),
                fresh("d2", Topic.DEFENCE, "d2"), fresh("e1", Topic.ENERGY, "e1")));
        Collections.reverse(items);

        assertThat(shownInOrder(StudyQueue.build(items, TODAY), items))
                .containsExactly("h1", "d1", "e1", "h2", "d2", "h3");
    }

    @Test
    void practiceDrawsOnlyFromItsSelectionByTheSameRules() {
        List<QueueItem> items = List.of(fresh("h1", Topic.HISTORY, "h1"), fresh("d1", Topic.DEFENCE, "d1"),
                fresh("e1", Topic.ENERGY, "e1"), fresh("d2", Topic.DEFENCE, "d2"), review("econ", 1, 3));
        QueueRequest topics = TODAY.withFilter(QueueFilter.topics(Set.of(Topic.DEFENCE, Topic.ENERGY)));

        assertThat(shownInOrder(StudyQueue.build(items, topics), items)).containsExactly("d1", "e1", "d2");
    }

    @Test
    void bookmarkPracticeDrawsOnlyBookmarkedCards() {
        QueueItem plain = review("plain", 2, 3);
        QueueItem marked = new QueueItem("marked", Topic.HISTORY, 0, review("m", 1, 3).card(), false, true);
        List<QueueItem> items = List.of(marked, plain);

        assertThat(shownInOrder(StudyQueue.build(items, TODAY.withFilter(QueueFilter.bookmarked())), items))
                .containsExactly("marked");
    }

    @Test
    void leechPracticeDrawsOnlyCardsWithEightLapses() {
        Card leech = new Card(CardState.REVIEW, NOW.minus(Duration.ofDays(1)), 1, 9, 1, 0, 20, 8,
                NOW.minus(Duration.ofDays(2)));
        Card nearly = new Card(CardState.REVIEW, NOW.minus(Duration.ofDays(1)), 1, 9, 1, 0, 20, 7,
                NOW.minus(Duration.ofDays(2)));
        List<QueueItem> items = List.of(item("leech", Topic.HISTORY, leech, "leech"),
                item("nearly", Topic.HISTORY, nearly, "nearly"));

        assertThat(shownInOrder(StudyQueue.build(items, TODAY.withFilter(QueueFilter.leeches())), items))
                .containsExactly("leech");
    }

    @Test
    void intersperseMatchesAnkisOwnTest() {
        assertThat(Intersperse.evenly(List.of(1, 2, 3), List.of(11, 22, 33))).containsExactly(1, 11, 2, 22, 3, 33);
        assertThat(Intersperse.evenly(List.of(1, 2, 3), List.of(11, 22))).containsExactly(1, 11, 2, 22, 3);
        assertThat(Intersperse.evenly(List.of(1, 2, 3), List.of(11, 22, 33, 44, 55, 66)))
                .containsExactly(11, 1, 22, 33, 2, 44, 55, 3, 66);
        assertThat(Intersperse.evenly(List.of(1, 2, 3), List.of(11, 22, 33, 44, 55, 66, 77, 88)))
                .containsExactly(11, 22, 1, 33, 44, 2, 55, 66, 3, 77, 88);
        assertThat(Intersperse.evenly(List.of(1, 2, 3), List.<Integer>of())).containsExactly(1, 2, 3);
    }
}
