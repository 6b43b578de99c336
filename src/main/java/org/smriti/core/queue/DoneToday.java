package org.smriti.core.queue;

/**
 * What the aspirant has already done in the current study day (counted from the journal by the caller).
 *
 * @param newCards new cards answered for the first time today
 * @param reviews  review cards answered today
 */
public record DoneToday(int newCards, int reviews) {

    public static final DoneToday NOTHING = new DoneToday(0, 0);

    public DoneToday {
        if (newCards < 0 || reviews < 0) {
            throw new IllegalArgumentException("counts done today cannot be negative: new " + newCards
                    + ", reviews " + reviews);
        }
    }
}
