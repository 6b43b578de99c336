package org.smriti.core.mock;

/** The five states of a question in the CBT palette, in the order the CBT legend lists them. */
public enum PaletteState {
    NOT_VISITED("Not visited"),
    NOT_ANSWERED("Not answered"),
    ANSWERED("Answered"),
    MARKED_FOR_REVIEW("Marked for review"),
    /** Counts for evaluation, as in the CBT. */
    ANSWERED_AND_MARKED("Answered & marked for review");

    private final String label;

    PaletteState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
