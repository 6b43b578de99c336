package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.data.journal.Fixtures.CLOCK;
import static org.smriti.data.journal.Fixtures.T0;
import static org.smriti.data.journal.Fixtures.review;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.Card;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;
import org.smriti.data.DataDirLockedException;
import org.smriti.data.json.JsonFields;

class ProgressStoreTest {

    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve(ProgressStore.JOURNAL_FILE);
    }

    private ProgressState appendAll(List<? extends ProgressEvent> events) throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            for (ProgressEvent e : events) {
                store.append(e);
            }
            return store.state();
        }
    }

    private static List<ProgressEvent> oneOfEach() {
        return List.of(review("q1", 0), review("q1", 1), new UndoEvent("q1", T0.plusSeconds(200),
                        review("q1", 1).before()),
                new BookmarkEvent("q2", true, T0), new SuspendEvent("q3", true, T0), review("q4", 2),
                new ResetEvent("q4", T0.plusSeconds(300)),
                new SettingsChangedEvent(T0, Settings.defaults().withTheme(Theme.DARK)));
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(journal());
    }

    @Test
    void everyKindOfEventSurvivesReopeningAsTheSameState() throws IOException {
        ProgressState written = appendAll(oneOfEach());

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.state()).isEqualTo(written).isEqualTo(ProgressState.replay(oneOfEach()));
            assertThat(store.readAllEvents()).containsExactlyElementsOf(oneOfEach());
            assertThat(store.openReport().notices()).isEmpty();
        }
    }

    @Test
    void anAppendedEventIsInTheFileWhenAppendReturns() throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            store.append(review("q1", 0));

            assertThat(lines()).singleElement().asString().contains("\"questionId\":\"q1\"");
        }
    }

    @Test
    void aSnapshotGivesTheSameStateAsReplayingTheWholeJournal() throws IOException {
        List<ProgressEvent> events = new ArrayList<>(oneOfEach());
        ProgressState written = appendAll(events);
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            store.writeSnapshot();
            store.append(review("q9", 3));
        }
        events.add(review("q9", 3));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isTrue();
            assertThat(store.openReport().eventsReplayed()).isEqualTo(1);
            assertThat(store.state()).isEqualTo(ProgressState.replay(events)).isNotEqualTo(written);
        }
    }

    @Test
    void closingAfterManyAppendsWritesASnapshot() throws IOException {
        List<ProgressEvent> events = new ArrayList<>();
        for (int i = 0; i < ProgressStore.SNAPSHOT_THRESHOLD; i++) {
            events.add(review("q" + i % 10, i));
        }
        appendAll(events);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().snapshotUsed()).isTrue();
            assertThat(store.openReport().eventsReplayed()).isZero();
        }
    }

    @Test
    void aSecondInstanceIsRefusedWithTheFolderNamedAndWritesNothing() throws IOException {
        try (ProgressStore first = ProgressStore.open(dir, CLOCK)) {
            first.append(review("q1", 0));
            byte[] before = Files.readAllBytes(journal());

            assertThatThrownBy(() -> ProgressStore.open(dir, CLOCK))
                    .isInstanceOf(DataDirLockedException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString());
            assertThat(Files.readAllBytes(journal())).isEqualTo(before);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReportedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> ProgressStore.open(file.resolve("data"), CLOCK))
                .hasMessageContaining("Smriti cannot use its data folder", file.resolve("data").toString());
    }

    @Test
    void theFolderCanBeOpenedAgainAfterClose() throws IOException {
        ProgressStore.open(dir, CLOCK).close();

        ProgressStore.open(dir, CLOCK).close();
    }

    @Test
    void aTornLastLineIsCutOffAndReportedAsNotSaved() throws IOException {
        appendAll(List.of(review("q1", 0), review("q2", 1)));
        byte[] whole = JournalLines.encode("review", EventCodec.standard().encode(review("q3", 2)));
        Files.write(journal(), java.util.Arrays.copyOf(whole, whole.length / 2), StandardOpenOption.APPEND);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().tornLineDropped()).isTrue();
            assertThat(store.openReport().notices()).singleElement().asString().contains("not saved");
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q2");
            store.append(review("q3", 2));
        }
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().notices()).isEmpty();
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q2", "q3");
        }
    }

    @Test
    void aLongJournalDecodedInChunksKeepsItsOrderLineNumbersAndTornEnd() throws IOException {
        List<ProgressEvent> events = new ArrayList<>();
        for (int n = 0; n < 2000; n++) { // ≈ 1 MB: decoded in several parallel chunks
            events.add(review("q" + n % 37, n));
        }
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            store.appendAll(events);
        }
        Files.delete(dir.resolve(Snapshot.FILE_NAME));
        List<String> lines = new ArrayList<>(lines());
        lines.set(1234, lines.get(1234).replace("\"q13\"", "\"qX\""));
        Files.write(journal(), lines);
        byte[] torn = JournalLines.encode("review", EventCodec.standard().encode(review("q1", 2000)));
        Files.write(journal(), java.util.Arrays.copyOf(torn, 40), StandardOpenOption.APPEND);
        events.remove(1234);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            OpenReport r = store.openReport();
            assertThat(r.eventsReplayed()).isEqualTo(1999);
            assertThat(r.tornLineDropped()).isTrue();
            assertThat(Files.readString(r.corruptFile().orElseThrow())).startsWith("line 1235 (checksum mismatch)");
            assertThat(store.state()).isEqualTo(ProgressState.replay(events));
        }
    }

    @Test
    void aCompleteLastLineMissingOnlyItsNewlineIsKept() throws IOException {
        appendAll(List.of(review("q1", 0)));
        byte[] line = JournalLines.encode("review", EventCodec.standard().encode(review("q2", 1)));
        Files.write(journal(), java.util.Arrays.copyOf(line, line.length - 1), StandardOpenOption.APPEND);

        appendAll(List.of(review("q3", 2)));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().notices()).isEmpty();
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q2", "q3");
        }
    }

    @Test
    void aDamagedMiddleLineIsMovedWithItsLineNumberAndTheRestLoads() throws IOException {
        appendAll(List.of(review("q1", 0), review("q2", 1), review("q3", 2)));
        List<String> lines = new ArrayList<>(lines());
        String damaged = lines.get(1).replace("\"q2\"", "\"qX\"");
        lines.set(1, damaged);
        Files.write(journal(), lines);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            OpenReport r = store.openReport();
            assertThat(r.damagedLines()).isEqualTo(1);
            assertThat(r.notices()).singleElement().asString()
                    .contains("1 event", "could not be read", "journal.corrupt-20261124T233000Z");
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q3");
            Path corrupt = r.corruptFile().orElseThrow();
            assertThat(corrupt.getFileName().toString()).isEqualTo("journal.corrupt-20261124T233000Z");
            assertThat(Files.readString(corrupt)).startsWith("line 2 (checksum mismatch): " + damaged);
        }
        assertThat(lines()).hasSize(2);
    }

    @Test
    void aLineThatIsNotJsonInTheMiddleIsMovedAndCounted() throws IOException {
        appendAll(List.of(review("q1", 0)));
        Files.write(journal(), List.of("garbage {{{", "\u0000\u0000\u0000"), StandardOpenOption.APPEND);
        appendAll(List.of(review("q2", 1)));
        // The damaged lines were already moved by the second open; the third open finds a clean journal.
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().damagedLines()).isZero();
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q2");
        }
        try (var files = Files.list(dir)) {
            Path corrupt = files.filter(p -> p.getFileName().toString().startsWith(ProgressStore.CORRUPT_PREFIX))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllLines(corrupt)).hasSize(2)
                    .allSatisfy(l -> assertThat(l).startsWith("line "));
        }
    }

    @Test
    void anUnknownEventTypeIsKeptInTheFileAndSkippedInReplay() throws IOException {
        appendAll(List.of(review("q1", 0)));
        JsonObject mock = new JsonObject();
        mock.addProperty("at", T0.toString());
        mock.addProperty("testId", "mock-7");
        byte[] unknown = JournalLines.encode("mock-started", mock);
        Files.write(journal(), unknown, StandardOpenOption.APPEND);
        Files.write(journal(), "broken line\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().unknownEvents()).isEqualTo(1);
            assertThat(store.state().cards()).containsOnlyKeys("q1");
        }
        assertThat(lines()).hasSize(2).last().asString().contains("mock-started", "mock-7");
    }

    record MockStarted(Instant at, String testId) implements ProgressEvent {
    }

    @Test
    void aRegisteredEventTypeRoundTripsThroughTheJournal() throws IOException {
        EventCodec codec = EventCodec.standard().register("mock-started", MockStarted.class, e -> {
            JsonObject o = new JsonObject();
            o.addProperty("at", e.at().toString());
            o.addProperty("testId", e.testId());
            return o;
        }, o -> new MockStarted(JsonFields.instant(o, "at"), JsonFields.string(o, "testId")));
        try (ProgressStore store = ProgressStore.open(dir, CLOCK, codec)) {
            store.append(new MockStarted(T0, "mock-7"));
        }

        try (ProgressStore store = ProgressStore.open(dir, CLOCK, codec)) {
            assertThat(store.readAllEvents()).containsExactly(new MockStarted(T0, "mock-7"));
        }
    }

    @Test
    void aKnownEventWithUninterpretableDataIsKeptAndReported() throws IOException {
        JsonObject data = EventCodec.standard().encode(review("q1", 0));
        data.addProperty("rating", "superb");
        Files.write(journal(), JournalLines.encode("review", data));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().unreadableEvents()).isEqualTo(1);
            assertThat(store.openReport().notices()).singleElement().asString().contains("could not be interpreted");
        }
        assertThat(lines()).hasSize(1);
    }

    @Test
    void orphanedProgressIsKeptAndNamed() throws IOException {
        appendAll(List.of(review("gone", 0), review("here", 1)));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.state().cards()).containsKey("gone");
            assertThat(store.orphanedNotice(Set.of("here"))).get().asString()
                    .contains("1 question", "orphaned", "gone");
            assertThat(store.orphanedNotice(Set.of("here", "gone"))).isEmpty();
        }
    }

    @Test
    void anUnregisteredEventClassIsRefusedBeforeWriting() throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThatThrownBy(() -> store.append(new MockStarted(T0, "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MockStarted");
        }
        assertThat(Files.size(journal())).isZero();
    }

    /** Writes the first half of each line and then fails, like a disk that fills up mid-write. */
    static final class FailingFile implements JournalFile {
        private final JournalFile real;
        boolean full = true;

        FailingFile(JournalFile real) {
            this.real = real;
        }

        @Override
        public void write(ByteBuffer bytes, long position) throws IOException {
            if (full) {
                ByteBuffer half = bytes.duplicate();
                half.limit(half.position() + half.remaining() / 2);
                real.write(half, position);
                throw new IOException("No space left on device");
            }
            real.write(bytes, position);
        }

        @Override
        public void force() throws IOException {
            real.force();
        }

        @Override
        public void truncate(long size) throws IOException {
            real.truncate(size);
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }

    @Test
    void aFullDiskFailsTheAppendClearlyAndLeavesNoPartialLine() throws IOException {
        appendAll(List.of(review("q1", 0)));
        long sizeBefore = Files.size(journal());
        FailingFile[] disk = new FailingFile[1];
        try (ProgressStore store = ProgressStore.open(dir, CLOCK, EventCodec.standard(),
                p -> disk[0] = new FailingFile(JournalFile.open(p)))) {
            assertThatThrownBy(() -> store.append(review("q2", 1)))
                    .isInstanceOf(SaveFailedException.class)
                    .hasMessageContaining("could not be saved", "No space left on device", journal().toString());
            assertThat(Files.size(journal())).isEqualTo(sizeBefore);
            assertThat(store.state().cards()).containsOnlyKeys("q1");

            disk[0].full = false;
            store.append(review("q2", 1));
        }
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().notices()).isEmpty();
            assertThat(store.state().cards()).containsOnlyKeys("q1", "q2");
        }
    }

    @Test
    void aFailedBatchSavesNoneOfItsEvents() throws IOException {
        FailingFile[] disk = new FailingFile[1];
        try (ProgressStore store = ProgressStore.open(dir, CLOCK, EventCodec.standard(),
                p -> disk[0] = new FailingFile(JournalFile.open(p)))) {
            assertThatThrownBy(() -> store.appendAll(List.of(review("q1", 0), review("q2", 1))))
                    .isInstanceOf(SaveFailedException.class);
            disk[0].full = false;
            store.appendAll(List.of(review("q3", 0), review("q4", 1)));
        }

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.state().cards()).containsOnlyKeys("q3", "q4");
        }
    }

    @Test
    void aReviewSurvivesWithItsExactInstantsAndNumbers() throws IOException {
        appendAll(List.of(review("q1", 3)));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            Card after = store.state().get("q1").orElseThrow().card().orElseThrow();
            assertThat(after).isEqualTo(review("q1", 3).after());
        }
    }
}
