package org.smriti.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The feature areas of the main window, in navigation order; Ctrl+1..7 reaches each. */
public enum Area {
    HOME("Home", Feather.HOME, KeyCode.DIGIT1),
    REVIEW("Review", Feather.LAYERS, KeyCode.DIGIT2),
    MOCK("Mock test", Feather.CLOCK, KeyCode.DIGIT3),
    BROWSE("Browse", Feather.SEARCH, KeyCode.DIGIT4),
    SOURCES("Sources", Feather.BOOK_OPEN, KeyCode.DIGIT5),
    STATS("Stats", Feather.BAR_CHART_2, KeyCode.DIGIT6),
    SETTINGS("Settings", Feather.SETTINGS, KeyCode.DIGIT7);

    private final String title;
    private final Ikon icon;
    private final KeyCode digit;

    Area(String title, Ikon icon, KeyCode digit) {
        this.title = title;
        this.icon = icon;
        this.digit = digit;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** Stable id used for the navigation button ({@code nav-home}) and the page root ({@code page-home}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
