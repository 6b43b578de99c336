package org.smriti.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;

/** Applies the theme and the root font size; every size in the app's CSS is in em, so all screens scale. */
public final class Appearance {

    /** The root font size at 100 %. */
    public static final double BASE_FONT_PX = 14;

    private static final String ICON_SHEET_PREFIX = "data:text/css;base64,";
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
        scaleIcons(scene, scale);
    }

    /**
     * Icon fonts take their size in pixels, not em, so the font-size setting cannot reach them through CSS
     * alone: a small generated stylesheet sizes them for the current scale.
     */
    private static void scaleIcons(Scene scene, int scalePercent) {
        scene.getStylesheets().removeIf(sheet -> sheet.startsWith(ICON_SHEET_PREFIX));
        int small = Math.round(16 * scalePercent / 100f);
        int nav = Math.round(18 * scalePercent / 100f);
        String css = ".button .ikonli-font-icon, .toggle-button .ikonli-font-icon, .label .ikonli-font-icon"
                + " { -fx-icon-size: " + small + "; }\n"
                + ".nav-button .ikonli-font-icon, .home-fact .ikonli-font-icon { -fx-icon-size: " + nav + "; }\n";
        scene.getStylesheets().add(ICON_SHEET_PREFIX
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }
}
