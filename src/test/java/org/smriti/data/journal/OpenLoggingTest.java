package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.journal.Fixtures.CLOCK;
import static org.smriti.data.journal.Fixtures.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opening a data folder on a normal start logs nothing at INFO or above (issue 18); what deserves a look still
 * does. Captures the {@code java.util.logging} records of everything under {@code org.smriti}, the backend of
 * {@link System.Logger} here.
 */
class OpenLoggingTest {

    @TempDir
    Path dir;

    /** Held in a field: java.util.logging keeps loggers only weakly, and a collected one loses its handler. */
    private final Logger smriti = Logger.getLogger("org.smriti");
    private final List<LogRecord> records = new ArrayList<>();
    private int reviewsSaved;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        smriti.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        smriti.removeHandler(capture);
    }

    /** Level and message of each record at INFO or above. */
    private List<String> noticeable() {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage())
                .toList();
    }

    private void appendReviews(int count, boolean snapshot) throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            for (int i = 0; i < count; i++, reviewsSaved++) {
                store.append(review("q" + reviewsSaved % 7, reviewsSaved));
            }
            if (snapshot) {
                store.writeSnapshot();
            }
        }
    }

    enum NormalStart {
        /** The first start: no journal, no snapshot. */
        FRESH_FOLDER,
        /** Fewer events than {@link ProgressStore#SNAPSHOT_THRESHOLD} were ever saved, so close wrote no snapshot. */
        SHORT_JOURNAL_WITHOUT_SNAPSHOT,
        /** The snapshot covers the whole journal. */
        SNAPSHOT,
        /** A snapshot and a few clean lines after it. */
        SNAPSHOT_AND_CLEAN_TAIL
    }

    @ParameterizedTest
    @EnumSource(NormalStart.class)
    void aNormalStartLogsNothingAtInfoOrAbove(NormalStart start) throws IOException {
        switch (start) {
            case FRESH_FOLDER -> {
                // the folder is empty, as the app creates it
            }
            case SHORT_JOURNAL_WITHOUT_SNAPSHOT -> appendReviews(20, false);
            case SNAPSHOT -> appendReviews(20, true);
            case SNAPSHOT_AND_CLEAN_TAIL -> {
                appendReviews(20, true);
                appendReviews(5, false);
            }
        }
        records.clear();

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isEqualTo(start.name().startsWith("SNAPSHOT"));
            assertThat(store.openReport().notices()).isEmpty();
        }

        assertThat(noticeable()).isEmpty();
    }

    @Test
    void aSnapshotThatCannotBeUsedIsStillLogged() throws IOException {
        appendReviews(20, true);
        Files.writeString(dir.resolve(Snapshot.FILE_NAME), "this is not a snapshot\n{}\n");
        records.clear();

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isFalse();
        }

        assertThat(noticeable()).singleElement().asString()
                .startsWith("INFO replayed 20 lines of " + dir.resolve(ProgressStore.JOURNAL_FILE))
                .contains("snapshot not used because it could not be parsed");
    }

    @Test
    void aLongReplayIsStillLogged() throws IOException {
        appendReviews(ProgressStore.SNAPSHOT_THRESHOLD, false);
        Files.delete(dir.resolve(Snapshot.FILE_NAME)); // as if the last session had crashed before closing
        records.clear();

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().eventsReplayed()).isEqualTo(ProgressStore.SNAPSHOT_THRESHOLD);
        }

        assertThat(noticeable()).containsExactly("INFO replayed " + ProgressStore.SNAPSHOT_THRESHOLD + " lines of "
                + dir.resolve(ProgressStore.JOURNAL_FILE) + " from the start: there is no snapshot");
    }

    @Test
    void aDamagedLineIsStillLoggedAsAWarning() throws IOException {
        appendReviews(3, false);
        Files.writeString(dir.resolve(ProgressStore.JOURNAL_FILE), "damaged\n", StandardOpenOption.APPEND);
        records.clear();

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().damagedLines()).isEqualTo(1);
        }

        assertThat(noticeable()).singleElement().asString().startsWith("WARNING ")
                .contains("line 4 is damaged (not a journal line)");
    }
}
