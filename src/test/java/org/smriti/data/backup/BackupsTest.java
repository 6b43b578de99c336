package org.smriti.data.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.settings.SettingsStore;

class BackupsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T23:30:00Z");

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private void progress(String... bookmarked) throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, at(T0))) {
            for (String id : bookmarked) {
                store.append(new BookmarkEvent(id, true, T0));
            }
        }
    }

    private java.util.Set<String> bookmarks() throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, at(T0))) {
            return store.state().cards().keySet();
        }
    }

    @Test
    void theDailyBackupIsTakenAtMostOnceADay() throws IOException {
        progress("q1");

        assertThat(new Backups(dir, at(T0)).dailyBackupIfDue()).get()
                .isEqualTo(dir.resolve("backups/smriti-20261124T233000Z.zip"));
        assertThat(new Backups(dir, at(T0.plusSeconds(60))).dailyBackupIfDue()).isEmpty();
        assertThat(new Backups(dir, at(T0.plus(Duration.ofHours(1)))).dailyBackupIfDue()).isPresent();
    }

    @Test
    void onlyTheNewestFourteenDailyBackupsAreKept() throws IOException {
        progress("q1");
        for (int day = 0; day < 20; day++) {
            new Backups(dir, at(T0.plus(Duration.ofDays(day)))).dailyBackupIfDue();
        }

        List<Path> kept = new Backups(dir, at(T0)).automaticBackups();
        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept.get(0).getFileName().toString()).isEqualTo("smriti-20261130T233000Z.zip");
    }

    @Test
    void aBackupRestoresJournalAndSettings() throws IOException {
        progress("q1", "q2");
        new SettingsStore(dir, at(T0)).save(Settings.defaults().withTheme(Theme.DARK));
        Path zip = elsewhere.resolve("mine.zip");
        assertThat(new Backups(dir, at(T0)).backup(zip)).isEqualTo(2);
        progress("q3");
        new SettingsStore(dir, at(T0)).save(Settings.defaults());

        Backups.RestoreReport report = new Backups(dir, at(T0)).restore(zip);

        assertThat(report.events()).isEqualTo(2);
        assertThat(report.settingsRestored()).isTrue();
        assertThat(bookmarks()).containsExactlyInAnyOrder("q1", "q2");
        assertThat(new SettingsStore(dir, at(T0)).load().settings().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void restoreFirstBacksUpTheCurrentData() throws IOException {
        progress("q1");
        Path zip = elsewhere.resolve("old.zip");
        new Backups(dir, at(T0)).backup(zip);
        progress("q2");

        Path previous = new Backups(dir, at(T0)).restore(zip).previousData().orElseThrow();
        new Backups(dir, at(T0)).restore(previous);

        assertThat(bookmarks()).containsExactlyInAnyOrder("q1", "q2");
    }

    private Path zipWith(String name, byte[] content) throws IOException {
        Path zip = elsewhere.resolve("crafted.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(out)) {
            zos.putNextEntry(new ZipEntry(ProgressStore.JOURNAL_FILE));
            zos.closeEntry();
            zos.putNextEntry(new ZipEntry(name));
            zos.write(content);
            zos.closeEntry();
        }
        return zip;
    }

    @Test
    void aZipWhoseEntryEscapesTheFolderIsRefusedAndNothingChanges() throws IOException {
        progress("q1");
        Path zip = zipWith("../../evil.sh", "rm -rf".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new Backups(dir, at(T0)).restore(zip))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("'../../evil.sh'", "outside the data folder");
        assertThat(bookmarks()).containsExactly("q1");
        assertThat(dir.resolveSibling("evil.sh")).doesNotExist();
    }

    @Test
    void anOversizedEntryIsRefused() throws IOException {
        progress("q1");
        Path zip = zipWith(SettingsStore.FILE_NAME, new byte[5000]);

        assertThatThrownBy(() -> new Backups(dir, at(T0), 1000).restore(zip))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("larger than 1000 bytes");
        assertThat(bookmarks()).containsExactly("q1");
    }

    @Test
    void aZipWithoutAJournalIsRefused() throws IOException {
        Path zip = elsewhere.resolve("other.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(out)) {
            zos.putNextEntry(new ZipEntry("photo.jpg"));
            zos.closeEntry();
        }

        assertThatThrownBy(() -> new Backups(dir, at(T0)).restore(zip))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("no journal.jsonl");
    }

    @Test
    void aJournalWithNoReadableLineIsRefused() throws IOException {
        progress("q1");
        Path zip = elsewhere.resolve("junk.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(out)) {
            zos.putNextEntry(new ZipEntry(ProgressStore.JOURNAL_FILE));
            zos.write("not a journal\n".getBytes(StandardCharsets.UTF_8));
            zos.closeEntry();
        }

        assertThatThrownBy(() -> new Backups(dir, at(T0)).restore(zip))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("no readable event");
        assertThat(bookmarks()).containsExactly("q1");
    }

    @Test
    void notesAndOwnCardsAreBackedUpAndRestoredWithTheJournal() throws IOException {
        progress("q1");
        Files.createDirectories(dir.resolve("notes"));
        Files.createDirectories(dir.resolve("packs"));
        Files.writeString(dir.resolve("notes/budget.md"), "# Budget\n\nText.");
        Files.writeString(dir.resolve("packs/my-cards.json"), "{\"cards\": 1}");
        Path zip = elsewhere.resolve("backup.zip");
        new Backups(dir, at(T0)).backup(zip);
        Files.writeString(dir.resolve("notes/budget.md"), "changed");
        Files.writeString(dir.resolve("notes/later.md"), "written after the backup");
        Files.delete(dir.resolve("packs/my-cards.json"));

        new Backups(dir, at(T0.plusSeconds(60))).restore(zip);

        assertThat(Files.readString(dir.resolve("notes/budget.md"))).isEqualTo("# Budget\n\nText.");
        assertThat(dir.resolve("notes/later.md")).as("the folder is as it was backed up").doesNotExist();
        assertThat(Files.readString(dir.resolve("packs/my-cards.json"))).isEqualTo("{\"cards\": 1}");
    }

    @Test
    void aBackupFromBeforeNotesExistedLeavesTheNotesAsTheyAre() throws IOException {
        progress("q1");
        Path zip = elsewhere.resolve("old.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(ProgressStore.JOURNAL_FILE));
            z.write(Files.readAllBytes(dir.resolve(ProgressStore.JOURNAL_FILE)));
            z.closeEntry();
        }
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/kept.md"), "kept");

        new Backups(dir, at(T0)).restore(zip);

        assertThat(dir.resolve("notes/kept.md")).exists();
    }
}
