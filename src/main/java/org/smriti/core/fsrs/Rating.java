package org.smriti.core.fsrs;

/** The four answers an aspirant can give; {@link #grade()} is the FSRS grade 1..4. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    public int grade() {
        return ordinal() + 1;
    }
}
