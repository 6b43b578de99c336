package org.smriti.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.settings.Theme;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.DataDirLockedException;
import org.smriti.data.backup.Backups;

class AppContextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void secondInstanceIsRefusedWithTheFolderNamedAndWritesNothing() throws Exception {
        try (AppContext first = new AppContext(dir, CLOCK)) {
            long files = Files.list(dir).count();
            assertThatThrownBy(() -> new AppContext(dir, CLOCK))
                    .isInstanceOf(DataDirLockedException.class)
                    .hasMessageContaining(dir.toString());
            assertThat(Files.list(dir).count()).isEqualTo(files);
        }
    }

    @Test
    void settingsChangesPersistAcrossARestart() throws Exception {
        try (AppContext context = new AppContext(dir, CLOCK)) {
            context.settingsProperty().set(context.settingsProperty().get().toBuilder()
                    .theme(Theme.DARK).newPerDay(35).build());
        }
        try (AppContext again = new AppContext(dir, CLOCK)) {
            assertThat(again.settingsProperty().get().theme()).isEqualTo(Theme.DARK);
            assertThat(again.settingsProperty().get().newPerDay()).isEqualTo(35);
        }
    }

    @Test
    void closingLeavesTheOwnCardsCheckedSoTheNextStartReadsThemFromTheCheck() throws Exception {
        String quote = "Article 21 protects life and personal liberty.";
        SourceRef source;
        String id;
        try (AppContext context = new AppContext(dir, CLOCK)) {
            SourceDocument note = context.library().createNote("Polity", quote);
            source = new SourceRef(note.file(), quote);
            id = context.library().save(new CardDraft.Builder(QuestionType.CLOZE)
                    .text("{{c1::Article 21}} protects life and personal liberty.").source(source).build()).id();
            assertThat(context.loadedBank().located()).doesNotContainKey(source);
        }
        assertThat(dir.resolve("checked-packs.bin")).exists();

        try (AppContext again = new AppContext(dir, CLOCK)) {
            assertThat(again.loadedBank().bank().byId(id + "-c1")).isPresent();
            // Only the checked packs know where an own card's quote sits before anything looks for it.
            assertThat(again.loadedBank().located()).containsKey(source);
            assertThat(again.startupNotices()).isEmpty();
        }
    }

    @Test
    void bundledBankLoadsWithEveryTypeAndTheSourceDocuments() throws Exception {
        try (AppContext context = new AppContext(dir, CLOCK)) {
            assertThat(context.loadedBank().refused()).isEmpty();
            assertThat(context.questions()).hasSizeGreaterThanOrEqualTo(300);
            assertThat(context.loadedBank().documents()).hasSize(5);
            assertThat(context.startupNotices()).isEmpty();
        }
    }

    @Test
    void theDailyBackupWaitsForTheFirstFrameAndClosingWaitsForTheBackup() throws Exception {
        try (AppContext context = new AppContext(dir, CLOCK)) {
            context.settingsProperty().set(context.settingsProperty().get().toBuilder().newPerDay(35).build());
        }
        try (AppContext context = new AppContext(dir, CLOCK)) {
            assertThat(dir.resolve(Backups.DIR)).doesNotExist();
            context.startDailyBackup();
        }
        try (var zips = Files.list(dir.resolve(Backups.DIR))) {
            assertThat(zips.toList()).singleElement().asString().endsWith(".zip");
        }
    }

    @Test
    void aBackupNotStartedWhenTheFolderClosesNeverStarts() throws Exception {
        AppContext context = new AppContext(dir, CLOCK);
        context.settingsProperty().set(context.settingsProperty().get().toBuilder().newPerDay(35).build());
        context.close();

        context.startDailyBackup();

        assertThat(dir.resolve(Backups.DIR)).doesNotExist();
    }
}
