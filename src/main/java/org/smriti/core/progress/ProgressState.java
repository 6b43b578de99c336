package org.smriti.core.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smriti.core.fsrs.Card;

/**
 * All progress, as a pure function of the journal's events: question id → {@link CardProgress}. Immutable.
 *
 * <p>Cost model: {@link #apply} copies the id → progress map (O(questions), a few microseconds for a bank of
 * thousands) and touches one card in O(1) thanks to {@link CardProgress}'s persistent history. Replaying a
 * journal goes through {@link Builder}, which mutates one private map in place, so a replay of n events is
 * O(n). The JDK has no persistent map and a bank is small, so this is simpler than a hash trie.
 *
 * <p>A question never touched is absent; ids unknown to the bank are kept (see {@link #orphanedIds}).
 */
public final class ProgressState {

    private static final ProgressState EMPTY = new ProgressState(Map.of());

    private final Map<String, CardProgress> cards;

    private ProgressState(Map<String, CardProgress> cards) {
        this.cards = cards;
    }

    public static ProgressState empty() {
        return EMPTY;
    }

    /** A state holding exactly these cards (e.g. read from a snapshot). */
    public static ProgressState of(Map<String, CardProgress> cards) {
        return new ProgressState(Collections.unmodifiableMap(new HashMap<>(cards)));
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
        if (!(event instanceof CardEvent)) {
            return this;
        }
        Map<String, CardProgress> copy = new HashMap<>(cards);
        applyTo(copy, (CardEvent) event);
        return new ProgressState(Collections.unmodifiableMap(copy));
    }

    private static void applyTo(Map<String, CardProgress> map, CardEvent event) {
        String id = event.questionId();
        CardProgress next = map.getOrDefault(id, CardProgress.NONE).apply(event);
        if (next.isBlank()) {
            map.remove(id);
        } else {
            map.put(id, next);
        }
    }

    /** Every question with progress, unmodifiable. */
    public Map<String, CardProgress> cards() {
        return cards;
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
        Set<String> out = new TreeSet<>(cards.keySet());
        out.removeAll(bankIds);
        return Collections.unmodifiableSet(out);
    }

    public Builder toBuilder() {
        return new Builder(new HashMap<>(cards));
    }

    /** Applies many events in place; used to replay the journal. Not thread-safe. */
    public static final class Builder {
        private final Map<String, CardProgress> cards;

        private Builder(Map<String, CardProgress> cards) {
            this.cards = cards;
        }

        public Builder apply(ProgressEvent event) {
            Objects.requireNonNull(event, "event");
            if (event instanceof CardEvent) {
                applyTo(cards, (CardEvent) event);
            }
            return this;
        }

        public ProgressState build() {
            return new ProgressState(Collections.unmodifiableMap(new HashMap<>(cards)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressState && cards.equals(((ProgressState) o).cards);
    }

    @Override
    public int hashCode() {
        return cards.hashCode();
    }

    @Override
    public String toString() {
        return "ProgressState" + cards;
    }
}
