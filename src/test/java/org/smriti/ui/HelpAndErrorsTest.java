package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.testsupport.FxHarness;
import org.smriti.ui.common.ErrorDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class HelpAndErrorsTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void f1ShowsTheKeyboardShortcuts() throws Exception {
        FxHarness.open(dataDir, FxHarness.fixedClock());
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
        FxHarness.open(dataDir, FxHarness.fixedClock());
        Alert alert = WaitForAsyncUtils.asyncFx(() -> ErrorDialog.create(null, "Something broke",
                new IllegalStateException("journal locked"))).get();
        assertThat(alert.getContentText()).startsWith("journal locked");
        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup("#error-details");
        assertThat(details.getText()).contains("IllegalStateException", "at org.smriti");
        assertThat(alert.getDialogPane().isExpanded()).isFalse();
    }
}
