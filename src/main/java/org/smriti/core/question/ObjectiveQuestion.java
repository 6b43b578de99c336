package org.smriti.core.question;

import java.util.List;

/** A question answered by choosing one of four options (a)-(d); the only kind used in mock tests. */
public sealed interface ObjectiveQuestion extends Question permits Mcq, Statements, Pairs, Assertion, Chronology {

    /** The four option texts, in display order (a)..(d). Derived types compute them deterministically. */
    List<String> options();

    /** Index 0..3 of the correct option. */
    int correctOption();
}
