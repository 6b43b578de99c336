package org.smriti.core.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smriti.core.fsrs.Card;

/**
 * All progress, as a pure function of the journal's events: question id → {@link CardProgress}. Immutable.
 *
 * <p>Cost model: the id → progress map is a persistent hash trie and a card's history a persistent stack, so
 * {@link #apply} is O(log32 questions) and shares everything else with the old state: no copy per answer.
 * {@link Builder} exists for replaying a journal through one mutable reference without a state per event.
 *
 * <p>A question never touched is absent; ids unknown to the bank are kept (see {@link #orphanedIds}).
 */
public final class ProgressState {

    private static final ProgressState EMPTY = new ProgressState(PersistentMap.empty());

    private final PersistentMap<String, CardProgress> cards;
    private final Map<String, CardProgress> view;

    private ProgressState(PersistentMap<String, CardProgress> cards) {
        this.cards = cards;
        this.view = cards.asMap();
    }

    public static ProgressState empty() {
        return EMPTY;
    }

    /** A state holding exactly these cards (e.g. read from a snapshot). */
    public static ProgressState of(Map<String, CardProgress> cards) {
        PersistentMap<String, CardProgress> map = PersistentMap.empty();
        for (Map.Entry<String, CardProgress> e : cards.entrySet()) {
            map = map.plus(e.getKey(), e.getValue());
        }
        return new ProgressState(map);
    }

    /** The state reached from the empty state by applying {@code events} in order. */
    public static ProgressState replay(Iterable<? extends ProgressEvent> events) {
        Builder builder = EMPTY.toBuilder();
        for (ProgressEvent e : events) {
            builder.apply(e);
        }
        return builder.build();
    }

    /**
     * This state after {@code event}. Events that do not concern a card (settings changes, mock-test events)
     * leave the state unchanged.
     */
    public ProgressState apply(ProgressEvent event) {
        Objects.requireNonNull(event, "event");
        return event instanceof CardEvent ? new ProgressState(applyTo(cards, (CardEvent) event)) : this;
    }

    private static PersistentMap<String, CardProgress> applyTo(PersistentMap<String, CardProgress> map,
                                                               CardEvent event) {
        String id = event.questionId();
        CardProgress old = map.get(id);
        CardProgress next = (old == null ? CardProgress.NONE : old).apply(event);
        return next.isBlank() ? map.minus(id) : map.plus(id, next);
    }

    /** Every question with progress, unmodifiable. */
    public Map<String, CardProgress> cards() {
        return view;
    }

    public Optional<CardProgress> get(String questionId) {
        return Optional.ofNullable(cards.get(questionId));
    }

    /** The question's current card, or a new card due at {@code created} when it has never been reviewed. */
    public Card cardOrNew(String questionId, Instant created) {
        CardProgress p = cards.get(questionId);
        return p == null ? Card.newCard(created) : p.cardOrNew(created);
    }

    /** Ids with progress that are not in {@code bankIds} (questions removed from the bank), sorted. */
    public Set<String> orphanedIds(Set<String> bankIds) {
        Set<String> out = new TreeSet<>(view.keySet());
        out.removeAll(bankIds);
        return Collections.unmodifiableSet(out);
    }

    public Builder toBuilder() {
        return new Builder(cards);
    }

    /** Applies many events; used to replay the journal. Not thread-safe. */
    public static final class Builder {
        private PersistentMap<String, CardProgress> cards;

        private Builder(PersistentMap<String, CardProgress> cards) {
            this.cards = cards;
        }

        public Builder apply(ProgressEvent event) {
            Objects.requireNonNull(event, "event");
            if (event instanceof CardEvent) {
                cards = applyTo(cards, (CardEvent) event);
            }
            return this;
        }

        public ProgressState build() {
            return new ProgressState(cards);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressState && view.equals(((ProgressState) o).view);
    }

    @Override
    public int hashCode() {
        return view.hashCode();
    }

    @Override
    public String toString() {
        return "ProgressState" + view;
    }
}
