package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.journal.Fixtures.CLOCK;
import static org.smriti.data.journal.Fixtures.T0;
import static org.smriti.data.journal.Fixtures.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;

class SnapshotRecoveryTest {

    @TempDir
    Path dir;

    private final List<ProgressEvent> events = new ArrayList<>();

    @BeforeEach
    void journalWithSnapshot() throws IOException {
        for (int i = 0; i < 30; i++) {
            events.add(review("q" + i % 4, i));
        }
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            for (ProgressEvent e : events) {
                store.append(e);
            }
            store.writeSnapshot();
        }
    }

    private Path snapshot() {
        return dir.resolve(Snapshot.FILE_NAME);
    }

    enum Damage {
        MISSING, EMPTY, TRUNCATED, BIT_FLIPPED_IN_BODY, HEADER_ONLY, NOT_JSON
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aBadSnapshotIsIgnoredAndTheStateRebuiltSilently(Damage damage) throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot());
        switch (damage) {
            case MISSING:
                Files.delete(snapshot());
                break;
            case EMPTY:
                Files.write(snapshot(), new byte[0]);
                break;
            case TRUNCATED:
                Files.write(snapshot(), Arrays.copyOf(bytes, bytes.length * 2 / 3));
                break;
            case BIT_FLIPPED_IN_BODY:
                bytes[bytes.length - 40] ^= 0x02;
                Files.write(snapshot(), bytes);
                break;
            case HEADER_ONLY:
                Files.write(snapshot(), Arrays.copyOf(bytes, new String(bytes).indexOf('\n') + 1));
                break;
            default:
                Files.writeString(snapshot(), "this is not a snapshot\n{}\n");
        }

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isFalse();
            assertThat(store.openReport().notices()).isEmpty();
            assertThat(store.state()).isEqualTo(ProgressState.replay(events));
        }
    }

    @Test
    void aSnapshotOfADifferentJournalIsNotUsed() throws IOException {
        Path journal = dir.resolve(ProgressStore.JOURNAL_FILE);
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(1, lines.size()));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isFalse();
            assertThat(store.state()).isEqualTo(ProgressState.replay(events.subList(1, events.size())));
        }
    }

    @Test
    void aSnapshotStaysUsableWhenDamageIsOnlyInTheTail() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.JOURNAL_FILE), "damaged\n",
                java.nio.file.StandardOpenOption.APPEND);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isTrue();
            assertThat(store.openReport().damagedLines()).isEqualTo(1);
            assertThat(store.state()).isEqualTo(ProgressState.replay(events));
        }
    }

    @Test
    void theEventsBesideTheCardsComeFromTheSnapshotTheTailAndNewAppends() throws IOException {
        SettingsChangedEvent covered = new SettingsChangedEvent(T0, Settings.defaults().withTheme(Theme.DARK));
        SettingsChangedEvent inTail = new SettingsChangedEvent(T0.plusSeconds(1), Settings.defaults());
        SettingsChangedEvent appended = new SettingsChangedEvent(T0.plusSeconds(2), Settings.defaults());
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            store.append(covered);
            store.writeSnapshot();
            store.append(review("q9", 40));
            store.append(inTail);
        }

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isTrue();
            assertThat(store.openReport().eventsReplayed()).isEqualTo(2);
            assertThat(store.otherEvents(type -> true)).containsExactly(covered, inTail);
            assertThat(store.otherEvents("review"::equals)).isEmpty();
            store.append(appended);
            assertThat(store.otherEvents("settings"::equals)).containsExactly(covered, inTail, appended);
            assertThat(store.otherEvents("settings"::equals)).isEqualTo(store.readEvents("settings"::equals));
        }
    }

    @Test
    void aSnapshotOfTheFormerFormatIsDeletedWhenTheNextIsWritten() throws IOException {
        Path former = dir.resolve(Snapshot.FORMER_FILE_NAME);
        Files.writeString(former, "{\"format\":1}\n[]\n");

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isTrue();
            store.writeSnapshot();
        }

        assertThat(former).doesNotExist();
    }
}
