package org.smriti.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.question.Question;
import org.smriti.core.settings.Settings;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;

/**
 * A data folder after a year of study, for {@code bench/startup.sh --reviews N}: N reviews of the bundled
 * questions, round robin, spread evenly over the last 365 days up to an hour ago, closed cleanly (so with the
 * snapshot a normal quit leaves).
 *
 * <pre>java -cp … org.smriti.bench.StudiedDataDir DIR REVIEWS</pre>
 */
public final class StudiedDataDir {

    private StudiedDataDir() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int reviews = Integer.parseInt(args[1]);
        List<Question> questions = BankLoader.loadBundled().bank().questions();
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = clock.getZone();
        Scheduler scheduler = new Scheduler(SchedulerConfig.of(Settings.defaults(), FsrsParameters.defaults(), zone));
        Instant end = clock.instant().minus(Duration.ofHours(1));
        Duration step = Duration.ofDays(365).dividedBy(reviews);
        Instant at = end.minus(Duration.ofDays(365));
        Map<String, Card> cards = new HashMap<>();
        List<ProgressEvent> events = new ArrayList<>();
        for (int i = 0; i < reviews; i++, at = at.plus(step)) {
            String id = questions.get(i % questions.size()).id();
            Card card = cards.getOrDefault(id, Card.newCard(at));
            Rating rating = i % 7 == 0 ? Rating.AGAIN : i % 11 == 0 ? Rating.HARD : Rating.GOOD;
            ReviewResult r = scheduler.next(id, card, at, rating);
            events.add(new ReviewEvent(id, rating, at, 8_000, r.before(), r.after()));
            cards.put(id, r.after());
        }
        try (ProgressStore store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec())) {
            store.appendAll(events);
        }
        System.out.println(reviews + " reviews of " + questions.size() + " questions written to " + dir);
    }
}
