package org.smriti.data.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewEvent;

/**
 * Run by {@link CrashTest} in a separate JVM: appends reviews forever and prints {@code ack N} after each append
 * returns. The review's duration is N, so the parent can find every acknowledged review in the state.
 * With {@code probe} instead of a start index, it only tries to open the folder and prints the outcome.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        if (args[1].equals("probe")) {
            try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
                System.out.println("opened");
            } catch (org.smriti.data.DataDirLockedException e) {
                System.out.println("locked: " + e.getMessage());
            }
            return;
        }
        long first = Long.parseLong(args[1]);
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            System.out.println("open");
            System.out.flush();
            for (long n = first; ; n++) {
                Instant at = Instant.ofEpochSecond(1_790_000_000L + n);
                Card after = new Card(CardState.REVIEW, at.plusSeconds(86400), 3.0, 5.0, 1, 0, 2, 0, at);
                store.append(new ReviewEvent("c" + n % 50, Rating.GOOD, at, n, Card.newCard(at), after));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
