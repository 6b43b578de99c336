package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.testsupport.AppWindow;
import org.smriti.ui.common.ErrorDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class HelpAndErrorsTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();


    @Test
    void f1ShowsTheKeyboardShortcuts() throws Exception {
        app.open();
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#help-overlay").tryQuery()).isPresent();
        assertThat(robot.lookup("Ctrl+1 … Ctrl+7").tryQuery()).isPresent();
    }

    @Test
    void errorMessageIsTheCausesOwnWordsNeverAStackTrace() {
        Exception e = new IllegalStateException("wrapper", new IOException("No space left on device"));
        assertThat(ErrorDialog.readableMessage(e)).isEqualTo("No space left on device");
    }

    @Test
    void errorWithoutAMessageIsStillDescribed() {
        assertThat(ErrorDialog.readableMessage(new NullPointerException()))
                .isEqualTo("An unexpected null pointer problem occurred.");
    }

    @Test
    void errorDialogKeepsTheDetailsFoldedAway() throws Exception {
        app.open();
        Alert alert = WaitForAsyncUtils.asyncFx(() -> ErrorDialog.create(null, "Something broke",
                new IllegalStateException("journal locked"))).get();
        assertThat(alert.getContentText()).startsWith("journal locked");
        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup("#error-details");
        assertThat(details.getText()).contains("IllegalStateException", "at org.smriti");
        assertThat(alert.getDialogPane().isExpanded()).isFalse();
    }
}
