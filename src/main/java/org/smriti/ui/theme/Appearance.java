package org.smriti.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;

/** Applies the theme and the root font size; every size in the app's CSS is in em, so all screens scale. */
public final class Appearance {

    /** The root font size at 100 %. */
    public static final double BASE_FONT_PX = 14;

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String APP_CSS = Appearance.class.getResource("/org/smriti/ui/smriti.css").toExternalForm();

    private Appearance() {
    }

    public static void apply(Scene scene, Theme theme, int fontScalePercent) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        int scale = Math.max(Settings.MIN_FONT_SCALE, Math.min(Settings.MAX_FONT_SCALE, fontScalePercent));
        scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                BASE_FONT_PX * scale / 100.0));
        scene.getRoot().pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }
}
