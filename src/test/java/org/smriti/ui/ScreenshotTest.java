package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.MainWindow;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.Screenshots;
import org.smriti.ui.shell.Area;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -Pscreenshots test -Dtest=ScreenshotTest} writes {@code target/screenshots/<area>-<theme>.png} for
 * every area at 1366×768, light and dark. Skipped in a plain {@code mvn test}.
 */
class ScreenshotTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void onlyWhenAsked() {
        assumeTrue(Screenshots.enabled(), "screenshots are taken with -Pscreenshots");
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void everyAreaInBothThemes() throws Exception {
        MainWindow window = FxHarness.open(dataDir, FxHarness.fixedClock());
        for (Theme theme : Theme.values()) {
            WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                    .set(window.context().settingsProperty().get().withTheme(theme))).get();
            for (Area area : Area.values()) {
                WaitForAsyncUtils.asyncFx(() -> window.shell().show(area)).get();
                Path file = Screenshots.save(window.scene(), area.id() + "-" + theme.name().toLowerCase());
                assertThat(Files.size(file)).isPositive();
            }
        }
    }
}
