package org.smriti.ui.common;

import static org.smriti.core.text.Words.plural;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.smriti.core.queue.QueueCounts;

/** "1 card due again at 10:42": today's learning cards that come back after the rest is done. */
public final class DueAgainText {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DueAgainText() {
    }

    /** Empty when no learning card of today is still to come. */
    public static String of(QueueCounts counts, ZoneId zone) {
        if (counts.learningLaterToday() == 0 || counts.nextLearningDue().isEmpty()) {
            return "";
        }
        String at = CLOCK_TIME.format(counts.nextLearningDue().get().atZone(zone));
        int n = counts.learningLaterToday();
        return plural(n, "card") + " due again " + (n == 1 ? "at " : "from ") + at;
    }
}
