package org.smriti.testsupport;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.smriti.core.settings.Theme;
import org.smriti.ui.shell.Page;
import org.smriti.ui.theme.Appearance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows one page alone in the primary stage, the size of the main window's content area on a 1366×768 laptop (the
 * navigation rail takes the rest), with the app's theme and font size: for a page whose view model the test builds.
 */
public final class PageStage {

    public static final double WIDTH = 1170;
    public static final double HEIGHT = 768;

    private PageStage() {
    }

    /** Builds the page (on the FX thread, as JavaFX requires), shows it and tells it so. */
    public static Scene show(Supplier<? extends Page> pages, Theme theme, int fontScalePercent)
            throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            Page page = pages.get();
            // The shell's background, which pages leave transparent.
            StackPane shell = new StackPane(page.view());
            shell.setStyle("-fx-background-color: -color-bg-default;");
            scene[0] = new Scene(shell, WIDTH, HEIGHT);
            Appearance.apply(scene[0], theme, fontScalePercent);
            stage.setScene(scene[0]);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
            page.onShown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    public static void restyle(Scene scene, Theme theme, int fontScalePercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Appearance.apply(scene, theme, fontScalePercent)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page's scroll pane so that {@code node} is near the top, as the aspirant would to reach it. */
    public static void scrollTo(Node node) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Node n = node.getParent();
            while (!(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            ScrollPane scroll = (ScrollPane) n;
            scroll.layout();
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 60) / room)));
            scroll.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
