package org.smriti.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** The frame most screens share: their content as a page, scrolling vertically when it does not fit. */
public final class Pages {

    private Pages() {
    }

    /**
     * @param maxWidth keeps lines readable on a wide window
     */
    public static ScrollPane scrolling(Region content, String id, double maxWidth) {
        content.getStyleClass().add("page");
        content.setMaxWidth(maxWidth);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        if (id != null) {
            scroll.setId(id);
        }
        return scroll;
    }
}
