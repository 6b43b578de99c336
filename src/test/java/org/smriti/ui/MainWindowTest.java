package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smriti.app.AppIcon;
import org.smriti.app.MainWindow;
import org.smriti.testsupport.FxHarness;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest {

    @TempDir
    Path dataDir;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        window = FxHarness.open(dataDir, FxHarness.fixedClock());
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void windowIsTitledSmritiAndFitsALaptopScreen() {
        Stage stage = (Stage) window.scene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Smriti");
        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(1366);
        assertThat(stage.getMinHeight()).isLessThanOrEqualTo(768 - 48);
    }

    @Test
    void windowCarriesTheAppIconAtEverySize() {
        Stage stage = (Stage) window.scene().getWindow();
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactlyElementsOf(AppIcon.SIZES);
        assertThat(stage.getIcons()).allSatisfy(image -> assertThat(image.isError()).isFalse());
    }

    @Test
    void startsOnHome() {
        assertThat(window.shell().currentProperty().get()).isEqualTo(Area.HOME);
        assertThat(robot.lookup("#nav-home").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void ctrlDigitOpensEachArea(Area area) {
        robot.press(KeyCode.CONTROL).press(digitOf(area))
                .release(digitOf(area)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().currentProperty().get()).isEqualTo(area);
        Node page = robot.lookup("#page-" + area.id()).query();
        assertThat(page.isVisible()).isTrue();
        assertThat(robot.lookup("#nav-" + area.id()).queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void clickingTheRailNavigates() {
        robot.clickOn("#nav-sources");
        assertThat(window.shell().currentProperty().get()).isEqualTo(Area.SOURCES);
    }

    @Test
    void clickingTheSelectedAreaKeepsItSelected() {
        robot.clickOn("#nav-home");
        robot.clickOn("#nav-home");
        assertThat(robot.lookup("#nav-home").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    private static KeyCode digitOf(Area area) {
        return KeyCode.valueOf("DIGIT" + (area.ordinal() + 1));
    }
}
