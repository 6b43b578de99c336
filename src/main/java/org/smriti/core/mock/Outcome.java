package org.smriti.core.mock;

/** How one question of a submitted test went. */
public enum Outcome {
    CORRECT, WRONG, BLANK
}
