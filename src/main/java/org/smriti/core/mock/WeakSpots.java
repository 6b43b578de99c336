package org.smriti.core.mock;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.smriti.core.fsrs.Card;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;

/** The questions a "weak spots" mock test draws on: what the aspirant got wrong, forgot, or is about to forget. */
public final class WeakSpots {

    /** A studied card whose predicted recall is below this counts as a weak spot. */
    public static final double LOW_RECALL = 0.70;

    private WeakSpots() {
    }

    /**
     * Questions answered wrongly in a mock test, and studied cards that were ever forgotten or whose recall now is
     * below {@link #LOW_RECALL}.
     *
     * @param recallNow a card's predicted recall at this moment (the scheduler's retrievability)
     */
    public static Set<String> ids(MockHistory history, ProgressState state, ToDoubleFunction<Card> recallNow) {
        Set<String> weak = new HashSet<>(history.wronglyAnsweredIds());
        for (Map.Entry<String, CardProgress> e : state.cards().entrySet()) {
            Card card = e.getValue().card().orElse(null);
            if (card != null && (card.lapses() > 0 || recallNow.applyAsDouble(card) < LOW_RECALL)) {
                weak.add(e.getKey());
            }
        }
        return weak;
    }
}
