package org.smriti.data.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32C;
import org.smriti.core.progress.CardEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.data.DataDirLock;
import org.smriti.data.DataDirLockedException;

/**
 * The progress journal of one data folder: {@code journal.jsonl}, append-only, one checksummed JSON event per
 * line, plus the disposable {@code snapshot.bin} cache. The state is the journal replayed through
 * {@link ProgressState#apply}; the events that are not about a card are kept too ({@link #otherEvents}).
 *
 * <p>Holds the folder's lock from {@link #open} to {@link #close}. Thread-safe; appends are serialised.
 */
public final class ProgressStore implements AutoCloseable {

    public static final String JOURNAL_FILE = "journal.jsonl";
    public static final String CORRUPT_PREFIX = "journal.corrupt-";
    /** Journal lines not covered by the snapshot from which {@link #close} writes a new snapshot. */
    public static final int SNAPSHOT_THRESHOLD = 500;

    private static final System.Logger LOG = System.getLogger(ProgressStore.class.getName());

    /** Opens the journal's write side; a seam for tests that simulate a full or read-only disk. */
    interface FileOpener {
        JournalFile open(Path journal) throws IOException;
    }

    private final Path dataDir;
    private final Path journal;
    private final EventCodec codec;
    private final DataDirLock lock;
    private final JournalFile file;
    private final CRC32C crc;
    private final OpenReport report;
    private ProgressState state;
    private final List<ProgressEvent> others;
    private long end;
    private int linesSinceSnapshot;
    private boolean closed;

    private ProgressStore(Path dataDir, EventCodec codec, DataDirLock lock, JournalRecovery.Recovered recovered) {
        this.dataDir = dataDir;
        this.journal = dataDir.resolve(JOURNAL_FILE);
        this.codec = codec;
        this.lock = lock;
        this.file = recovered.file();
        this.crc = recovered.crc();
        this.end = recovered.end();
        this.state = recovered.state();
        this.others = recovered.others();
        this.linesSinceSnapshot = recovered.linesSinceSnapshot();
        this.report = recovered.report();
    }

    /** {@link #open(Path, Clock, EventCodec)} with the core events only. */
    public static ProgressStore open(Path dataDir, Clock clock) throws IOException {
        return open(dataDir, clock, EventCodec.standard());
    }

    /**
     * Locks the folder (creating it if needed), repairs the journal if a crash or damage left it inconsistent
     * (see {@link OpenReport}), and loads the state from the snapshot plus the journal's tail.
     *
     * @param clock names the files damaged lines are moved to
     * @throws DataDirLockedException if another Smriti uses the folder; nothing is written then
     */
    public static ProgressStore open(Path dataDir, Clock clock, EventCodec codec) throws IOException {
        return open(dataDir, clock, codec, JournalFile::open);
    }

    static ProgressStore open(Path dataDir, Clock clock, EventCodec codec, FileOpener opener) throws IOException {
        DataDirLock lock;
        try {
            lock = DataDirLock.acquire(dataDir);
        } catch (FileSystemException e) {
            throw unusable(dataDir, e);
        }
        try {
            return new ProgressStore(dataDir, codec, lock, new JournalRecovery(dataDir, clock, codec).run(opener));
        } catch (IOException | RuntimeException e) {
            try {
                lock.close();
            } catch (IOException unlock) {
                e.addSuppressed(unlock);
            }
            if (e instanceof FileSystemException refused) {
                throw unusable(dataDir, refused);
            }
            throw e;
        }
    }

    /** A message for the user when the folder cannot be read or written (permissions, read-only disk). */
    private static IOException unusable(Path dataDir, FileSystemException e) {
        return new IOException("Smriti cannot use its data folder " + dataDir.toAbsolutePath() + " ("
                + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + ": " + e.getFile()
                + "). Check that the folder exists and is writable.", e);
    }

    /** The current state. */
    public synchronized ProgressState state() {
        return state;
    }

    public OpenReport openReport() {
        return report;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Appends {@code event} and fsyncs it; when this returns the event survives a crash or power cut.
     *
     * @return the state after the event
     * @throws SaveFailedException if the disk refused it; the journal is left without any part of the event,
     *                             so the same event can be appended again later
     * @throws IllegalArgumentException if the event's type is not registered in the codec
     */
    public ProgressState append(ProgressEvent event) throws SaveFailedException {
        return appendAll(List.of(event));
    }

    /**
     * Appends several events with one fsync (e.g. the answers of a finished mock test): all are saved or, on
     * {@link SaveFailedException}, none is.
     *
     * @return the state after the last event
     */
    public synchronized ProgressState appendAll(List<? extends ProgressEvent> events) throws SaveFailedException {
        if (closed) {
            throw new IllegalStateException("the progress store of " + dataDir + " is closed");
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ProgressState next = state;
        for (ProgressEvent event : events) {
            lines.writeBytes(JournalLines.encode(codec.typeOf(event), codec.encode(event)));
            next = next.apply(event);
        }
        byte[] bytes = lines.toByteArray();
        try {
            file.write(ByteBuffer.wrap(bytes), end);
            file.force();
        } catch (IOException e) {
            // Cut off whatever part reached the file, so a later append does not follow a torn line.
            try {
                file.truncate(end);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            String cause = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new SaveFailedException("Your progress could not be saved to " + journal + " (" + cause
                    + "). Check that the disk is not full and the folder is writable, then try again.", e);
        }
        end += bytes.length;
        crc.update(bytes);
        linesSinceSnapshot += events.size();
        state = next;
        for (ProgressEvent event : events) {
            if (!(event instanceof CardEvent)) {
                others.add(event);
            }
        }
        return next;
    }

    /** Caches the current state in {@code snapshot.bin} (atomically) so the next open replays less. */
    public synchronized void writeSnapshot() throws IOException {
        Snapshot.write(dataDir.resolve(Snapshot.FILE_NAME), state, others, end, crc.getValue(), codec);
        linesSinceSnapshot = 0;
    }

    /**
     * The events of the given types that are not about a card (settings changes, mock tests), in journal order,
     * from memory: the open collected them (those the snapshot covers come from it), so reading the mock-test
     * history costs no second pass over the journal.
     */
    public synchronized List<ProgressEvent> otherEvents(Predicate<String> types) {
        return others.stream().filter(e -> types.test(codec.typeOf(e))).toList();
    }

    /**
     * Every event in the journal that this codec knows, in order. Reads the file.
     */
    public synchronized List<ProgressEvent> readAllEvents() throws IOException {
        return readEvents(type -> true);
    }

    /**
     * The events of the given types, in order, read from the file; other lines are passed over by their type, so
     * reading the reviews for the optimiser does not pay for decoding the rest.
     */
    public synchronized List<ProgressEvent> readEvents(Predicate<String> types) throws IOException {
        return JournalEvents.decode(Files.readAllBytes(journal), end, codec, types);
    }

    /**
     * The number of intact lines (right checksum and structure) in a journal file, e.g. to check a backup's
     * journal before restoring it.
     */
    public static int countIntactLines(Path journalFile) throws IOException {
        byte[] bytes = Files.readAllBytes(journalFile);
        int count = 0;
        for (int pos = 0; pos < bytes.length; ) {
            int nl = JournalLines.lineEnd(bytes, pos);
            try {
                JournalLines.parse(bytes, pos, nl);
                count++;
            } catch (JournalLines.Damaged d) {
                LOG.log(Level.DEBUG, journalFile + ": a damaged line at byte " + pos + ": " + d.getMessage());
            }
            pos = nl + 1;
        }
        return count;
    }

    /**
     * A user-readable note about progress kept for questions no longer in the bank, if there are any. That
     * progress is restored as soon as a question with the same id returns.
     */
    public Optional<String> orphanedNotice(Set<String> bankIds) {
        Set<String> orphans = state().orphanedIds(bankIds);
        if (orphans.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Progress for " + orphans.size() + (orphans.size() == 1 ? " question" : " questions")
                + " no longer in the question bank is kept (orphaned) and comes back if the question returns: "
                + String.join(", ", orphans) + ".");
    }

    /** Writes a snapshot if many lines were appended since the last one, then releases the folder. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (linesSinceSnapshot >= SNAPSHOT_THRESHOLD) {
                writeSnapshotLogged();
            }
        } finally {
            try {
                file.close();
            } finally {
                lock.close();
            }
        }
    }

    private void writeSnapshotLogged() {
        try {
            writeSnapshot();
        } catch (IOException e) {
            // The snapshot is only a cache: without it the next start replays the whole journal.
            LOG.log(Level.WARNING, "could not write " + dataDir.resolve(Snapshot.FILE_NAME), e);
        }
    }
}
