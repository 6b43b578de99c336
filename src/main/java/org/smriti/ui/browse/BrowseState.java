package org.smriti.ui.browse;

import java.util.Locale;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.question.SourceStatus;

/**
 * What Browse shows in its State column and filters on: the FSRS state, or leech / orphaned, or an own card's
 * note that changed (quote changed, source removed), which override it.
 */
public enum BrowseState {
    NEW, LEARNING, REVIEW, RELEARNING, LEECH, ORPHANED, QUOTE_CHANGED, SOURCE_REMOVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The state of a card; a question no longer in the bank is orphaned whatever its card, an own card whose note
     * changed says so, and a card forgotten often enough is a leech whatever its FSRS phase, because that is what
     * the aspirant needs to see.
     *
     * @param flag why an own card's quote is not in its note any more, or {@code null}
     */
    static BrowseState of(Card card, boolean inBank, SourceStatus flag) {
        if (!inBank) {
            return ORPHANED;
        }
        if (flag != null) {
            return flag == SourceStatus.QUOTE_CHANGED ? QUOTE_CHANGED : SOURCE_REMOVED;
        }
        if (Scheduler.isLeech(card)) {
            return LEECH;
        }
        return BrowseState.valueOf(card.state().name());
    }
}
