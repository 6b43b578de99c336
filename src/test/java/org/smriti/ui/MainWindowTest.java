package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smriti.app.AppIcon;
import org.smriti.app.MainWindow;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private MainWindow window;
    private final FxRobot robot = app.robot();

    @BeforeEach
    void open() throws Exception {
        window = app.open();
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
    void railButtonsNameTheirShortcutOnceThePointerIsOverTheRail() {
        ToggleButton review = robot.lookup("#nav-review").queryAs(ToggleButton.class);
        assertThat(review.getTooltip()).as("not made for the first frame").isNull();

        robot.moveTo("#nav-home");

        assertThat(review.getTooltip().getText()).isEqualTo("Review (" + Area.REVIEW.shortcut().getDisplayText() + ")");
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
