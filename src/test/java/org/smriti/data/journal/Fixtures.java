package org.smriti.data.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewEvent;

/** Events and a clock for journal tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-24T23:30:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** The n-th review of {@code id}, taken n minutes after T0 (with a sub-millisecond part to test precision). */
    static ReviewEvent review(String id, int n) {
        Instant at = T0.plusSeconds(60L * n).plusNanos(123_456);
        Card before = n == 0 ? Card.newCard(T0)
                : new Card(CardState.LEARNING, at, 1.25 * n, 5.5, 0, n % 2, n, 0, at.minusSeconds(60));
        Card after = new Card(CardState.REVIEW, at.plusSeconds(86400), 2.5 * n + 0.1, 5.25, 1, 0, n + 1, 0, at);
        return new ReviewEvent(id, Rating.values()[n % 4], at, 1000L + n, before, after);
    }
}
