package org.smriti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.MainWindow;
import org.smriti.testsupport.FxHarness;
import org.testfx.api.FxRobot;

/** Whatever start-up had to repair or refuse is shown as a banner, never silently dropped. */
class StartupNoticeTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void brokenUserPackIsReportedAndTheBundledBankStillLoads() throws Exception {
        Files.createDirectories(dataDir.resolve("packs"));
        Files.writeString(dataDir.resolve("packs").resolve("mine.json"), "{\"format\": 1, \"questions\": [");
        MainWindow window = FxHarness.open(dataDir, FxHarness.fixedClock());
        Label notice = robot.lookup("#notice-banner .label").queryAs(Label.class);
        assertThat(notice.getText()).contains("packs/mine.json", "was not loaded", "other packs loaded");
        assertThat(window.context().questions()).hasSizeGreaterThan(300);

        robot.clickOn("#notice-details");
        TextArea problems = robot.lookup("#pack-problems").queryAs(TextArea.class);
        assertThat(problems.getText()).contains("packs/mine.json", "malformed JSON", "line 1");
    }

    @Test
    void tornJournalLineIsReported() throws Exception {
        FxHarness.open(dataDir, FxHarness.fixedClock());
        FxHarness.close();
        Files.writeString(dataDir.resolve("journal.jsonl"), "{\"v\":1,\"type\":\"review\",\"da");
        FxHarness.open(dataDir, FxHarness.fixedClock());
        Label notice = robot.lookup("#notice-banner .label").queryAs(Label.class);
        assertThat(notice.getText()).containsIgnoringCase("not saved");
    }
}
