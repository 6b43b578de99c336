package org.smriti.core.fsrs.optimizer;

import java.util.Arrays;

/**
 * The simulator's cards by due day. A day's cards are taken in fsrs-rs's queue order — reviews before new cards,
 * then by priority, then by card number — and the cards a day postpones come first in the next day's merge, which
 * keeps that order without re-sorting them.
 */
final class DayQueue {

    private final int span;
    private final boolean[] learn;
    private final int[] priority;
    private final IntList[] arrivals;
    private int[] carried = new int[0];
    private IntList postponed = new IntList();

    DayQueue(int span, int cards) {
        this.span = span;
        this.learn = new boolean[cards];
        this.priority = new int[cards];
        this.arrivals = new IntList[span];
    }

    /** Queues {@code card} for {@code day}; cards due after the last day are not kept. */
    void add(int card, int day, boolean isLearn, int prio) {
        if (prio < 0) {
            throw new IllegalArgumentException("priority must be >= 0, was " + prio);
        }
        learn[card] = isLearn;
        priority[card] = prio;
        if (day < span) {
            if (arrivals[day] == null) {
                arrivals[day] = new IntList();
            }
            arrivals[day].add(card);
        }
    }

    /** The cards due on {@code day} (days are taken in order), in the order to study them. */
    int[] take(int day) {
        IntList list = arrivals[day];
        arrivals[day] = null;
        int[] fresh = list == null ? new int[0] : sorted(list.toArray());
        int[] merged = new int[carried.length + fresh.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = j >= fresh.length || (i < carried.length && before(carried[i], fresh[j])) ? carried[i++]
                    : fresh[j++];
        }
        return merged;
    }

    /** Moves a card taken today to tomorrow. */
    void postpone(int card) {
        postponed.add(card);
    }

    /** Closes {@code day}: its postponed cards, still in order, wait for the next day. */
    void endDay(int day) {
        carried = postponed.toArray();
        postponed = new IntList();
    }

    /** Sorts by {@link #before}: the keys packed into longs (priorities are difficulty·100, 100..1000). */
    private int[] sorted(int[] cards) {
        long[] keys = new long[cards.length];
        for (int i = 0; i < cards.length; i++) {
            int c = cards[i];
            keys[i] = ((learn[c] ? 1L : 0L) << 62) | ((long) priority[c] << 31) | c;
        }
        Arrays.sort(keys);
        int[] out = new int[cards.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (keys[i] & Integer.MAX_VALUE);
        }
        return out;
    }

    private boolean before(int a, int b) {
        if (learn[a] != learn[b]) {
            return !learn[a];
        }
        if (priority[a] != priority[b]) {
            return priority[a] < priority[b];
        }
        return a < b;
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
