package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.data.journal.ProgressStore;

class BackupRestoreCommandTest {

    private static final Instant T0 = Instant.parse("2026-11-24T23:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int backup(String... args) {
        return new BackupCommand(CLOCK).run(List.of(args), dir, print(out), print(err));
    }

    private int restore(String... args) {
        return new RestoreCommand(CLOCK).run(List.of(args), dir, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream buf) {
        return new PrintStream(buf, true, StandardCharsets.UTF_8);
    }

    private void bookmark(String id) throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            store.append(new BookmarkEvent(id, true, T0));
        }
    }

    @Test
    void backupThenRestoreBringsBackTheData() throws IOException {
        bookmark("q1");
        String zip = elsewhere.resolve("b.zip").toString();
        assertThat(backup(zip)).isZero();
        bookmark("q2");

        assertThat(restore(zip)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backed up 1 events", "Restored 1 events",
                "previous data was saved to");
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.state().cards()).containsOnlyKeys("q1");
        }
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertThat(backup()).isEqualTo(2);
        assertThat(restore("a.zip", "b.zip")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: smriti backup", "usage: smriti restore");
    }

    @Test
    void restoreRefusesWhileSmritiHasTheFolderOpen() throws IOException {
        bookmark("q1");
        String zip = elsewhere.resolve("b.zip").toString();
        backup(zip);

        try (ProgressStore open = ProgressStore.open(dir, CLOCK)) {
            assertThat(restore(zip)).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already running", dir.toAbsolutePath().toString());
    }

    @Test
    void backupWorksWhileSmritiHasTheFolderOpen() throws IOException {
        bookmark("q1");
        try (ProgressStore open = ProgressStore.open(dir, CLOCK)) {
            assertThat(backup(elsewhere.resolve("b.zip").toString())).isZero();
        }
    }
}
