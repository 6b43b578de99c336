package org.smriti.ui.browse;

import java.util.Locale;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.Scheduler;

/** What Browse shows in its State column and filters on: the FSRS state, or leech / orphaned, which override it. */
public enum BrowseState {
    NEW, LEARNING, REVIEW, RELEARNING, LEECH, ORPHANED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state of a card; a question no longer in the bank is orphaned whatever its card, and a card forgotten
     * often enough is a leech whatever its FSRS phase, because that is what the aspirant needs to see.
     */
    static BrowseState of(Card card, boolean inBank) {
        if (!inBank) {
            return ORPHANED;
        }
        if (Scheduler.isLeech(card)) {
            return LEECH;
        }
        return BrowseState.valueOf(card.state().name());
    }
}
