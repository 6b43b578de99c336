package org.smriti.core.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * New siblings are buried until tomorrow, as Anki does: questions on the same fact would give each other away,
 * so a new card waits if a sibling was studied today, and only one new card of a fact is shown a day.
 */
public final class NewSiblings {

    private NewSiblings() {
    }

    /**
     * The items without the buried new cards. Of a fact's new cards the one kept is a stable pick per fact, so the
     * first card of a fact is sometimes the flashcard, sometimes the MCQ.
     *
     * @param studiedToday facts with a card reviewed today
     */
    public static List<QueueItem> bury(List<QueueItem> items, Set<String> studiedToday) {
        Map<String, List<String>> newByFact = new HashMap<>();
        Set<String> buried = new HashSet<>();
        for (QueueItem item : items) {
            if (item.card().state() == CardState.NEW && !item.suspended()) {
                if (studiedToday.contains(item.fact())) {
                    buried.add(item.questionId());
                } else {
                    newByFact.computeIfAbsent(item.fact(), k -> new ArrayList<>(1)).add(item.questionId());
                }
            }
        }
        for (Map.Entry<String, List<String>> group : newByFact.entrySet()) {
            List<String> ids = group.getValue();
            if (ids.size() < 2) {
                continue; // most facts have one card: nothing to bury
            }
            String keep = ids.get(Math.floorMod(group.getKey().hashCode(), ids.size()));
            for (String id : ids) {
                if (!id.equals(keep)) {
                    buried.add(id);
                }
            }
        }
        if (buried.isEmpty()) {
            return new ArrayList<>(items);
        }
        List<QueueItem> kept = new ArrayList<>(items.size() - buried.size());
        for (QueueItem item : items) {
            if (!buried.contains(item.questionId())) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** The facts of every card last reviewed at or after {@code dayStart}. */
    public static Set<String> studiedSince(ProgressState state, Instant dayStart, UnaryOperator<String> factOf) {
        Set<String> studied = new HashSet<>();
        for (Map.Entry<String, CardProgress> e : state.cards().entrySet()) {
            Optional<ReviewRecord> last = e.getValue().lastReview();
            if (last.isPresent() && !last.get().at().isBefore(dayStart)) {
                studied.add(factOf.apply(e.getKey()));
            }
        }
        return studied;
    }
}
