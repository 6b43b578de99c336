package org.smriti.core.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * What the aspirant has already done in the current study day (counted from the journal by the caller).
 *
 * @param newCards new cards answered for the first time today
 * @param reviews  review cards answered today
 */
public record DoneToday(int newCards, int reviews) {

    public static final DoneToday NOTHING = new DoneToday(0, 0);

    /** New cards started and review cards answered among {@code todays} reviews, for the daily limits. */
    public static DoneToday of(List<ReviewRecord> todays) {
        int fresh = 0;
        int reviews = 0;
        for (ReviewRecord r : todays) {
            if (r.stateBefore() == CardState.NEW) {
                fresh++;
            } else if (r.stateBefore() == CardState.REVIEW) {
                reviews++;
            }
        }
        return new DoneToday(fresh, reviews);
    }

    /**
     * Every review at or after {@code dayStart}. Runs on every answer, so a card's history is only walked when its
     * last review is from today: the cost follows today's work, not a year of history.
     */
    public static List<ReviewRecord> reviewsSince(ProgressState state, Instant dayStart) {
        List<ReviewRecord> today = new ArrayList<>();
        for (CardProgress p : state.cards().values()) {
            Optional<ReviewRecord> last = p.lastReview();
            if (last.isEmpty() || last.get().at().isBefore(dayStart)) {
                continue;
            }
            List<ReviewRecord> history = p.history();
            for (int i = history.size() - 1; i >= 0 && !history.get(i).at().isBefore(dayStart); i--) {
                today.add(history.get(i));
            }
        }
        return today;
    }

    public DoneToday {
        if (newCards < 0 || reviews < 0) {
            throw new IllegalArgumentException("counts done today cannot be negative: new " + newCards
                    + ", reviews " + reviews);
        }
    }
}
