package org.smriti.core.mock;

/**
 * The answer sheet for one question of a test in progress.
 *
 * @param selected   the chosen option 0..3 ((a)..(d)), or {@link #NONE}
 * @param marked     marked for review
 * @param visited    has been shown at least once
 * @param timeMillis time spent on it so far
 */
public record QuestionState(int selected, boolean marked, boolean visited, long timeMillis) {

    /** No option chosen. */
    public static final int NONE = -1;
    /** Every objective question has options (a)..(d). */
    public static final int OPTIONS = 4;

    static final QuestionState UNSEEN = new QuestionState(NONE, false, false, 0);

    public QuestionState {
        if (selected < NONE || selected >= OPTIONS) {
            throw new IllegalArgumentException("question state: selected option must be -1..3, got " + selected);
        }
        if (timeMillis < 0) {
            throw new IllegalArgumentException("question state: time must not be negative, got " + timeMillis);
        }
    }

    /** Whether an option is chosen; such an answer is evaluated whether or not it is marked. */
    public boolean answered() {
        return selected != NONE;
    }

    public PaletteState paletteState() {
        if (!visited) {
            return PaletteState.NOT_VISITED;
        }
        if (marked) {
            return answered() ? PaletteState.ANSWERED_AND_MARKED : PaletteState.MARKED_FOR_REVIEW;
        }
        return answered() ? PaletteState.ANSWERED : PaletteState.NOT_ANSWERED;
    }

    QuestionState withSelected(int value) {
        return new QuestionState(value, marked, visited, timeMillis);
    }

    QuestionState withMarked(boolean value) {
        return new QuestionState(selected, value, visited, timeMillis);
    }

    QuestionState visit() {
        return new QuestionState(selected, marked, true, timeMillis);
    }

    QuestionState plusTime(long millis) {
        return new QuestionState(selected, marked, visited, Math.addExact(timeMillis, millis));
    }
}
