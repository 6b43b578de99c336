package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.AppWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings typed on the screen apply at once, survive a restart, and bad values are refused with a reason. */
class SettingsPageTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();


    @Test
    void changesApplyAtOnceAndSurviveARestart() throws Exception {
        MainWindow window = app.open();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        replaceText("#settings-new-per-day", "35");
        // Further down the page: scroll to it as the aspirant would, then choose it.
        RadioButton dark = robot.lookup("#settings-theme-dark").queryAs(RadioButton.class);
        robot.interact(() -> ((ScrollPane) robot.lookup("#page-settings").query()).setVvalue(1));
        robot.clickOn(dark);
        assertThat(window.context().settingsProperty().get().newPerDay()).isEqualTo(35);
        assertThat(window.context().settingsProperty().get().theme()).isEqualTo(Theme.DARK);

        app.close();
        MainWindow again = app.open();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#settings-new-per-day").queryAs(TextField.class).getText()).isEqualTo("35");
        assertThat(again.context().settingsProperty().get().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void badValueIsRefusedWithAReason() throws Exception {
        MainWindow window = app.open();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        replaceText("#settings-retention", "0.5");
        Label error = robot.lookup("#settings-retention-error").queryAs(Label.class);
        assertThat(error.getText()).contains("0.70 to 0.99");
        assertThat(window.context().settingsProperty().get().desiredRetention()).isEqualTo(0.90);
    }

    private void replaceText(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
