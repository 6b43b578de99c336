package org.smriti.core.fsrs;

/** The four FSRS card states, in the order ts-fsrs numbers them (0..3). */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING
}
