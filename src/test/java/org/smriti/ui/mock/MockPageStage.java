package org.smriti.ui.mock;

import javafx.scene.Scene;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.PageStage;
import org.smriti.ui.theme.Appearance;
import org.testfx.util.WaitForAsyncUtils;

/** Shows a {@link MockPage} alone, as {@link PageStage} shows any page, with the keyboard's focus on it. */
final class MockPageStage {

    private MockPageStage() {
    }

    /** Builds a page on the model (on the FX thread, as JavaFX requires) and shows it. */
    static Scene show(MockViewModel model, Theme theme, int fontScalePercent) throws Exception {
        MockPage[] page = new MockPage[1];
        Scene scene = PageStage.show(() -> page[0] = new MockPage(model), theme, fontScalePercent);
        WaitForAsyncUtils.asyncFx(() -> page[0].view().requestFocus()).get();
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    static void restyle(Scene scene, Theme theme, int fontScalePercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Appearance.apply(scene, theme, fontScalePercent)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
