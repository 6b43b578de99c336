package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.testsupport.AppWindow;
import org.testfx.api.FxRobot;

/** Whatever start-up had to repair or refuse is shown as a banner, never silently dropped. */
class StartupNoticeTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();


    @Test
    void brokenUserPackIsReportedAndTheBundledBankStillLoads() throws Exception {
        Files.createDirectories(app.dataDir().resolve("packs"));
        Files.writeString(app.dataDir().resolve("packs").resolve("mine.json"), "{\"format\": 1, \"questions\": [");
        MainWindow window = app.open();
        Label notice = robot.lookup("#notice-banner .label").queryAs(Label.class);
        assertThat(notice.getText()).contains("packs/mine.json", "was not loaded", "other packs loaded");
        assertThat(window.context().questions()).hasSizeGreaterThan(300);

        robot.clickOn("#notice-details");
        TextArea problems = robot.lookup("#pack-problems").queryAs(TextArea.class);
        assertThat(problems.getText()).contains("packs/mine.json", "malformed JSON", "line 1");
    }

    @Test
    void tornJournalLineIsReported() throws Exception {
        app.open();
        app.close();
        Files.writeString(app.dataDir().resolve("journal.jsonl"), "{\"v\":1,\"type\":\"review\",\"da");
        app.open();
        Label notice = robot.lookup("#notice-banner .label").queryAs(Label.class);
        assertThat(notice.getText()).containsIgnoringCase("not saved");
    }
}
