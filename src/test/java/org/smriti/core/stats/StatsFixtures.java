package org.smriti.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

/** Hand-built journals, cards and questions for the statistics tests: only what a test cares about. */
final class StatsFixtures {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** Study days start at 04:00 in India, the app's default. */
    static final DayClock IST = DayClock.of(INDIA, 4);
    /** 24 Nov 2026, 09:00 in India. */
    static final Instant NOW = Instant.parse("2026-11-24T03:30:00Z");
    static final Scheduler SCHEDULER = new Scheduler(SchedulerConfig.defaults(IST));

    private StatsFixtures() {
    }

    /** A card in {@code state}, last reviewed at {@code lastReview}, due at {@code due}. */
    static Card card(CardState state, Instant lastReview, Instant due, int scheduledDays, double stability) {
        return new Card(state, due, stability, 5.0, scheduledDays, 0, 1, 0, lastReview);
    }

    static Card reviewCard(Instant lastReview, int scheduledDays) {
        return card(CardState.REVIEW, lastReview, lastReview.plus(Duration.ofDays(scheduledDays)), scheduledDays,
                scheduledDays);
    }

    /** A review at {@code at} of a card in {@code before}; the card after is {@code after}. */
    static ReviewEvent review(String id, Rating rating, Instant at, CardState before, Card after) {
        return new ReviewEvent(id, rating, at, 10_000, card(before, null, at, 0, 0), after);
    }

    /** A review at {@code at} of a review-phase card leaving it in review for {@code days} days. */
    static ReviewEvent reviewed(String id, Rating rating, Instant at, CardState before, int days) {
        return review(id, rating, at, before, reviewCard(at, days));
    }

    static ProgressState journal(ProgressEvent... events) {
        return ProgressState.replay(List.of(events));
    }

    static SuspendEvent suspend(String id) {
        return new SuspendEvent(id, true, NOW.minus(Duration.ofDays(1)));
    }

    static QuestionMeta meta(String id, Topic topic) {
        return new QuestionMeta(id, "Prompt of " + id, "Because.", List.of(topic), 2, new SourceRef("doc.txt", "q"),
                null);
    }

    static Mcq mcq(String id, Topic topic) {
        return new Mcq(meta(id, topic), List.of("a", "b", "c", "d"), 0);
    }

    static Flashcard flashcard(String id, Topic topic) {
        return new Flashcard(meta(id, topic), "Answer");
    }

    /** A submitted test whose only content is its topic table and time used. */
    static MockHistory.Entry mock(Instant submittedAt, Duration timeUsed, MockResult.TopicRow... rows) {
        MockResult result = new MockResult("t-" + submittedAt, MockSpec.custom(10, Duration.ofMinutes(12), 1),
                submittedAt.minus(timeUsed), Duration.ofMinutes(12), timeUsed, false, List.of(), List.of(rows));
        return new MockHistory.Entry(result, submittedAt);
    }

    static MockResult.TopicRow topicRow(Topic topic, int attempted, int correct) {
        return new MockResult.TopicRow(topic, attempted + 1, attempted, correct, Fraction.ZERO);
    }

    static MockHistory mocks(MockHistory.Entry... tests) {
        return new MockHistory(List.of(tests));
    }
}
