package org.smriti.ui.mock;

import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.smriti.core.settings.Theme;
import org.smriti.ui.theme.Appearance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows a {@link MockPage} alone in the primary stage, the size of the main window's content area on a
 * 1366×768 laptop (the navigation rail takes the rest), with the app's theme and font size.
 */
final class MockPageStage {

    static final double WIDTH = 1170;
    static final double HEIGHT = 768;

    private MockPageStage() {
    }

    /** Builds a page on the model (on the FX thread, as JavaFX requires) and shows it. */
    static Scene show(MockViewModel model, Theme theme, int fontScalePercent) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            MockPage page = new MockPage(model);
            scene[0] = new Scene((Parent) page.view(), WIDTH, HEIGHT);
            Appearance.apply(scene[0], theme, fontScalePercent);
            stage.setScene(scene[0]);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
            page.onShown();
            page.view().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    static void restyle(Scene scene, Theme theme, int fontScalePercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Appearance.apply(scene, theme, fontScalePercent)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
