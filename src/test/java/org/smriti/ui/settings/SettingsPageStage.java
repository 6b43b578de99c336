package org.smriti.ui.settings;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.smriti.core.settings.Settings;
import org.smriti.ui.theme.Appearance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows a {@link SettingsPage} alone in the primary stage, the size of the main window's content area on a
 * 1366×768 laptop (the navigation rail takes the rest), with the settings' theme and font size.
 */
final class SettingsPageStage {

    static final double WIDTH = 1170;
    static final double HEIGHT = 768;

    private SettingsPageStage() {
    }

    /** Builds the page on the models (on the FX thread, as JavaFX requires) and shows it. */
    static Scene show(ObjectProperty<Settings> settings, MemoryPorts ports, Workers workers) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            SettingsPage page = new SettingsPage(new SettingsViewModel(settings, Path.of("/data/smriti"),
                    new NoDataActions()), new MemoryViewModel(settings, ports, workers));
            // The shell's background, which the page itself leaves transparent.
            StackPane shell = new StackPane(page.view());
            shell.setStyle("-fx-background-color: -color-bg-default;");
            scene[0] = new Scene(shell, WIDTH, HEIGHT);
            Appearance.apply(scene[0], settings.get().theme(), settings.get().fontScalePercent());
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

    /** These tests never reach the data folder. */
    private static final class NoDataActions implements SettingsViewModel.DataActions {
        @Override
        public void openFolder(Path folder) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String backupNow() {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String restore(Path zip) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String exportAnki(Path file) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public SettingsViewModel.PreparedImport prepareImport(Path file) {
            throw new AssertionError("not part of this test");
        }
    }
}
