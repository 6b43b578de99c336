package org.smriti.core.settings;

/** The colour theme of the app. */
public enum Theme {
    LIGHT, DARK
}
