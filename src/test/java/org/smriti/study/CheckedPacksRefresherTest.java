package org.smriti.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedPacksRefresherTest {

    @TempDir
    Path dataDir;

    private Path checked() {
        return dataDir.resolve("checked-packs.bin");
    }

    @BeforeEach
    void aNote() throws IOException {
        Files.createDirectories(dataDir.resolve("notes"));
        Files.writeString(dataDir.resolve("notes/polity.md"), "# Polity\n\nArticle 21 protects life.\n");
    }

    @Test
    void aChangeLeftAloneIsCheckedOnItsOwnThread() throws Exception {
        CheckedPacksRefresher refresher = new CheckedPacksRefresher(dataDir, Duration.ofMillis(20));

        refresher.changed();

        for (int i = 0; i < 500 && !Files.exists(checked()); i++) {
            Thread.sleep(10);
        }
        assertThat(checked()).exists();
        refresher.close();
    }

    @Test
    void closingRightAfterAChangeChecksAtOnceRatherThanWaiting() throws Exception {
        CheckedPacksRefresher refresher = new CheckedPacksRefresher(dataDir, Duration.ofHours(1));
        refresher.changed();
        assertThat(checked()).doesNotExist();

        refresher.close();

        assertThat(checked()).exists();
    }

    @Test
    void aChangeAfterClosingStartsNothing() throws Exception {
        CheckedPacksRefresher refresher = new CheckedPacksRefresher(dataDir, Duration.ofMillis(1));
        refresher.close();
        Files.delete(checked());

        refresher.changed();
        Thread.sleep(100);

        assertThat(checked()).doesNotExist();
    }
}
