package org.smriti.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels for prose: they wrap, and are never cut short for want of height (a label's default minimum). */
public final class Labels {

    private Labels() {
    }

    /** A new wrapping label showing {@code text}. */
    public static Label wrapping(String text) {
        return wrapping(new Label(text));
    }

    /** Makes {@code label} wrap; returns it. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
