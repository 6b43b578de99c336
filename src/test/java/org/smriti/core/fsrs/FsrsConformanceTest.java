package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Replays every conformance vectors file (bundled under test resources fsrs/, or the {@code *.json} files in
 * the directory named by the system property {@code smriti.fsrs.vectors}) and stops at the first review
 * whose outcome differs from ts-fsrs 5.4.2.
 */
class FsrsConformanceTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void reproducesEveryReviewOfTheReferenceImplementation() {
        int reviews = 0;
        int cases = 0;
        for (Path path : ConformanceVectors.files()) {
            for (ConformanceVectors.Config config : ConformanceVectors.read(path).configs()) {
                Scheduler scheduler = new Scheduler(config.config());
                for (ConformanceVectors.Case c : config.cases()) {
                    replay(path, scheduler, c);
                    reviews += c.reviews().size();
                    cases++;
                }
            }
        }
        System.out.println("checked " + reviews + " reviews in " + cases + " cases");
        assertThat(reviews).isPositive();
    }

    private static void replay(Path path, Scheduler scheduler, ConformanceVectors.Case c) {
        Card card = Card.newCard(c.created());
        for (int i = 0; i < c.reviews().size(); i++) {
            ConformanceVectors.Review review = c.reviews().get(i);
            String where = path.getFileName() + " case " + c.name() + " review " + i + ": ";
            if (review.retrievabilityBefore() == null) {
                check(where, "state before (a null retrievability means a new card)", CardState.NEW, card.state());
            } else {
                checkClose(where, "retrievability_before", review.retrievabilityBefore(),
                        scheduler.retrievability(card, review.at()));
            }
            card = scheduler.next(c.name(), card, review.at(), review.rating()).after();
            ConformanceVectors.Expect x = review.expect();
            check(where, "state", x.state(), card.state());
            check(where, "due", x.due(), card.due());
            check(where, "scheduled_days", x.scheduledDays(), card.scheduledDays());
            check(where, "learning_steps", x.learningStep(), card.learningStep());
            check(where, "reps", x.reps(), card.reps());
            check(where, "lapses", x.lapses(), card.lapses());
            checkClose(where, "stability", x.stability(), card.stability());
            checkClose(where, "difficulty", x.difficulty(), card.difficulty());
        }
    }

    private static void check(String where, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            fail(where + field + " expected " + expected + " but was " + actual);
        }
    }

    private static void checkClose(String where, String field, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= TOLERANCE)) {
            fail(where + field + " expected " + expected + " but was " + actual);
        }
    }
}
