package org.smriti.ui.shell;

import javafx.scene.Node;

/** One feature area's screen, built once and kept while the window lives. */
public interface Page {

    /** The root node of the page. */
    Node view();

    /** Called each time the area is shown, so the page can refresh what may have changed elsewhere. */
    default void onShown() {
    }

    /** Called every second while the page is showing: time passes (a card falls due, a clock ticks). */
    default void onTick() {
    }
}
