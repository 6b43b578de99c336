package org.smriti.core.progress;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smriti.core.fsrs.Card;

/**
 * Everything known about one question's progress. Immutable.
 *
 * <p>The history is a persistent stack (newest first) so that applying a review or an undo is O(1) and the new
 * value shares the older entries with the old one; {@link #history()} materialises it oldest first.
 */
public final class CardProgress {

    /** A question nobody has touched. */
    public static final CardProgress NONE = new CardProgress(null, false, false, null);

    private final Card card;
    private final boolean bookmarked;
    private final boolean suspended;
    private final Node history;

    private record Node(ReviewRecord head, Node tail, int size) {
    }

    private CardProgress(Card card, boolean bookmarked, boolean suspended, Node history) {
        this.card = card;
        this.bookmarked = bookmarked;
        this.suspended = suspended;
        this.history = history;
    }

    /**
     * @param card       the current card, or {@code null} when it is new (never reviewed, undone back to new, or reset)
     * @param history    the reviews, oldest first
     */
    public static CardProgress of(Card card, boolean bookmarked, boolean suspended, List<ReviewRecord> history) {
        Node node = null;
        for (ReviewRecord r : history) {
            node = push(node, Objects.requireNonNull(r, "history entry"));
        }
        return new CardProgress(card, bookmarked, suspended, node);
    }

    /** The current card; empty when the card is new. */
    public Optional<Card> card() {
        return Optional.ofNullable(card);
    }

    /** The current card, or a new card due at {@code created} when it has never been reviewed. */
    public Card cardOrNew(Instant created) {
        return card != null ? card : Card.newCard(created);
    }

    public boolean bookmarked() {
        return bookmarked;
    }

    public boolean suspended() {
        return suspended;
    }

    /** The review history, oldest first (undone reviews are not in it). O(size) per call. */
    public List<ReviewRecord> history() {
        ReviewRecord[] out = new ReviewRecord[reviewCount()];
        int i = out.length;
        for (Node n = history; n != null; n = n.tail) {
            out[--i] = n.head;
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    public int reviewCount() {
        return history == null ? 0 : history.size;
    }

    public Optional<ReviewRecord> lastReview() {
        return history == null ? Optional.empty() : Optional.of(history.head);
    }

    /** True when there is nothing worth keeping: new card, no flags, no history. */
    boolean isBlank() {
        return card == null && !bookmarked && !suspended && history == null;
    }

    /** This progress after {@code event}, which must be about this card. */
    CardProgress apply(CardEvent event) {
        if (event instanceof ReviewEvent review) {
            return new CardProgress(review.after(), bookmarked, suspended, push(history, ReviewRecord.of(review)));
        }
        if (event instanceof UndoEvent ue) {
            if (history == null) {
                return this; // nothing to undo: the journal only holds an undo after a review, but stay total
            }
            Node rest = history.tail;
            Card restored = ue.restored();
            // Undoing the first review of a card leaves it never reviewed, which is represented by no card.
            Card now = rest == null && restored.reps() == 0 ? null : restored;
            return new CardProgress(now, bookmarked, suspended, rest);
        }
        if (event instanceof BookmarkEvent be) {
            return new CardProgress(card, be.on(), suspended, history);
        }
        if (event instanceof SuspendEvent se) {
            return new CardProgress(card, bookmarked, se.on(), history);
        }
        if (event instanceof ResetEvent) {
            return new CardProgress(null, bookmarked, suspended, history);
        }
        return this; // a card event type this version does not know changes nothing it tracks
    }

    private static Node push(Node node, ReviewRecord record) {
        return new Node(record, node, node == null ? 1 : node.size + 1);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CardProgress)) {
            return false;
        }
        CardProgress other = (CardProgress) o;
        return bookmarked == other.bookmarked && suspended == other.suspended && Objects.equals(card, other.card)
                && history().equals(other.history());
    }

    @Override
    public int hashCode() {
        return Objects.hash(card, bookmarked, suspended, reviewCount(), lastReview().orElse(null));
    }

    @Override
    public String toString() {
        return "CardProgress[card=" + card + ", bookmarked=" + bookmarked + ", suspended=" + suspended
                + ", history=" + history() + "]";
    }
}
