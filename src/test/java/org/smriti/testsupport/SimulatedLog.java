package org.smriti.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.optimizer.LoggedReview;
import org.smriti.core.fsrs.optimizer.ReviewHistory;
import org.smriti.core.fsrs.optimizer.Simulator;
import org.smriti.core.fsrs.optimizer.SimulatorConfig;

/**
 * A review log simulated with known weights: study starts on 2024-01-01 and each day's answers are at 06:00 UTC
 * plus the seconds studied before them that day, so a day's answers stay on one study day for any day start from
 * 0 to 6 o'clock UTC. Card ids are 1000 + the card number.
 */
public final class SimulatedLog {

    private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");

    /** One simulated answer. */
    public record Answer(int card, Instant at, int rating, long durationMillis) {
    }

    private SimulatedLog() {
    }

    /** The answers in time order. */
    public static List<Answer> answers(FsrsParameters weights, int cards, int newPerDay, int days, double retention,
                                       long seed) {
        SimulatorConfig config = SimulatorConfig.defaults().withStudy(cards, newPerDay, Integer.MAX_VALUE, 36_500)
                .withSpan(days, Double.POSITIVE_INFINITY);
        List<Answer> answers = new ArrayList<>();
        new Simulator(config, weights).simulate(retention, seed, (card, day, rating, second, cost) -> answers.add(
                new Answer(1000 + card, START.plus(Duration.ofDays(day)).plusMillis(Math.round(second * 1000)),
                        rating, Math.round(cost * 1000))));
        return answers;
    }

    /** The answers as one history per card. */
    public static List<ReviewHistory> histories(List<Answer> answers) {
        Map<Integer, List<LoggedReview>> byCard = new TreeMap<>();
        for (Answer a : answers) {
            byCard.computeIfAbsent(a.card(), k -> new ArrayList<>())
                    .add(new LoggedReview(a.at(), Rating.values()[a.rating() - 1]));
        }
        List<ReviewHistory> out = new ArrayList<>();
        byCard.forEach((card, reviews) -> out.add(new ReviewHistory(String.valueOf(card), reviews)));
        return out;
    }

    /** The answers in py-fsrs's CSV format. */
    public static String csv(List<Answer> answers) {
        StringBuilder csv = new StringBuilder("card_id,review_rating,review_time,review_duration\n");
        for (Answer a : answers) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%s,%d%n", a.card(), a.rating(), a.at(), a.durationMillis()));
        }
        return csv.toString();
    }
}
