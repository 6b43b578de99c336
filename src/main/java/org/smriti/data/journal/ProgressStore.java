package org.smriti.data.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.data.AtomicFiles;
import org.smriti.data.DataDirLock;
import org.smriti.data.DataDirLockedException;
import org.smriti.data.FileTimestamps;
import org.smriti.data.json.JsonFormatException;

/**
 * The progress journal of one data folder: {@code journal.jsonl}, append-only, one checksummed JSON event per
 * line, plus the disposable {@code snapshot.json} cache. The state is the journal replayed through
 * {@link ProgressState#apply}.
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
    private long end;
    private int linesSinceSnapshot;
    private boolean closed;

    private ProgressStore(Path dataDir, EventCodec codec, DataDirLock lock, JournalFile file, CRC32C crc,
                          long end, ProgressState state, int linesSinceSnapshot, OpenReport report) {
        this.dataDir = dataDir;
        this.journal = dataDir.resolve(JOURNAL_FILE);
        this.codec = codec;
        this.lock = lock;
        this.file = file;
        this.crc = crc;
        this.end = end;
        this.state = state;
        this.linesSinceSnapshot = linesSinceSnapshot;
        this.report = report;
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
            return new Recovery(dataDir, clock, codec).run(lock, opener);
        } catch (IOException | RuntimeException e) {
            try {
                lock.close();
            } catch (IOException unlock) {
                e.addSuppressed(unlock);
            }
            if (e instanceof FileSystemException) {
                throw unusable(dataDir, (FileSystemException) e);
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
        return next;
    }

    /** Caches the current state in {@code snapshot.json} (atomically) so the next open replays less. */
    public synchronized void writeSnapshot() throws IOException {
        Snapshot.write(dataDir.resolve(Snapshot.FILE_NAME), state, end, crc.getValue(), codec.types());
        linesSinceSnapshot = 0;
    }

    /**
     * Every event in the journal that this codec knows, in order (e.g. for mock-test history). Reads the file.
     */
    public synchronized List<ProgressEvent> readAllEvents() throws IOException {
        return readEvents(type -> true);
    }

    /**
     * The events of the given types, in order; other lines are checked but not decoded, so reading the mock-test
     * history does not pay for decoding every review.
     */
    public synchronized List<ProgressEvent> readEvents(java.util.function.Predicate<String> types) throws IOException {
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
            int nl = Recovery.indexOf(bytes, pos);
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

    /** Reads the journal, repairs it, and replays it. */
    private static final class Recovery {
        private final Path dataDir;
        private final Path journal;
        private final Clock clock;
        private final EventCodec codec;
        private final List<String> notices = new ArrayList<>();
        private int linesBeforeStart = -1;

        private record Damage(int lineNo, int from, int to, String reason) {
        }

        Recovery(Path dataDir, Clock clock, EventCodec codec) {
            this.dataDir = dataDir;
            this.journal = dataDir.resolve(JOURNAL_FILE);
            this.clock = clock;
            this.codec = codec;
        }

        ProgressStore run(DataDirLock lock, FileOpener opener) throws IOException {
            if (Files.notExists(journal)) {
                Files.write(journal, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                AtomicFiles.fsyncDirectory(dataDir);
            }
            byte[] bytes = Files.readAllBytes(journal);

            String[] why = new String[1];
            Snapshot.Loaded snap = Snapshot.load(dataDir.resolve(Snapshot.FILE_NAME), bytes, codec.types(), why);
            int start = 0;
            ProgressState.Builder builder = ProgressState.empty().toBuilder();
            if (snap == null) {
                LOG.log(Level.INFO, "replaying all of " + journal + ": snapshot not used because " + why[0]);
            } else {
                start = snap.journalBytes();
                builder = snap.state().toBuilder();
            }

            // Find, check and decode the lines in parallel chunks (the costly part: finding newlines, checksums,
            // decoding), then apply them in order.
            int[] chunkStart = chunks(bytes, start);
            int chunks = chunkStart.length - 1;
            int[][] chunkBounds = new int[chunks][];
            Object[][] chunkResults = new Object[chunks][];
            IntStream.range(0, chunks).parallel().forEach(k -> {
                int[] b = lineBounds(bytes, chunkStart[k], chunkStart[k + 1]);
                Object[] r = new Object[b.length - 1];
                for (int i = 0; i < r.length; i++) {
                    r[i] = decode(bytes, b[i], b[i + 1] - 1);
                }
                chunkBounds[k] = b;
                chunkResults[k] = r;
            });
            int lines = 0;
            for (Object[] r : chunkResults) {
                lines += r.length;
            }
            int[] bounds = new int[lines + 1];
            Object[] results = new Object[lines];
            int at = 0;
            for (int k = 0; k < chunks; k++) {
                System.arraycopy(chunkBounds[k], 0, bounds, at, chunkResults[k].length);
                System.arraycopy(chunkResults[k], 0, results, at, chunkResults[k].length);
                at += chunkResults[k].length;
            }
            bounds[lines] = chunkBounds[chunks - 1][chunkResults[chunks - 1].length]; // the end of the last line
            List<Damage> damaged = new ArrayList<>();
            int replayed = 0;
            int unknown = 0;
            int unreadable = 0;
            int tornAt = -1;
            boolean missingNewline = false;
            for (int i = 0; i < lines; i++) {
                int from = bounds[i];
                int nl = bounds[i + 1] - 1;
                boolean complete = nl < bytes.length;
                Object r = results[i];
                if (r instanceof JournalLines.Damaged) {
                    if (complete) {
                        damaged.add(new Damage(lineNumber(bytes, start, i), from, nl,
                                ((JournalLines.Damaged) r).getMessage()));
                    } else {
                        tornAt = from;
                    }
                    continue;
                }
                replayed++;
                missingNewline = !complete; // a whole line whose newline did not make it: keep it
                if (r instanceof ProgressEvent) {
                    builder.apply((ProgressEvent) r);
                } else if (r instanceof JournalLines.Parsed) {
                    JournalLines.Parsed p = (JournalLines.Parsed) r;
                    unknown++;
                    LOG.log(Level.WARNING, journal + " line " + lineNumber(bytes, start, i) + ": event type '"
                            + p.type() + "' (format " + p.version() + ") is not known to this version; kept, skipped");
                } else {
                    unreadable++;
                    LOG.log(Level.WARNING, journal + " line " + lineNumber(bytes, start, i) + r + "; kept, skipped");
                }
            }

            int goodEnd = tornAt >= 0 ? tornAt : bytes.length;
            byte[] content = bytes;
            int contentLength = goodEnd;
            Optional<Path> corrupt = Optional.empty();
            if (!damaged.isEmpty()) {
                corrupt = Optional.of(moveDamaged(bytes, damaged));
                content = withoutDamaged(bytes, goodEnd, damaged, missingNewline);
                contentLength = content.length;
                AtomicFiles.write(journal, content);
            }
            JournalFile file = opener.open(journal);
            try {
                if (damaged.isEmpty() && tornAt >= 0) {
                    file.truncate(goodEnd);
                    file.force();
                }
                if (damaged.isEmpty() && missingNewline) {
                    file.write(ByteBuffer.wrap(new byte[] {'\n'}), goodEnd);
                    file.force();
                }
            } catch (IOException e) {
                file.close();
                throw e;
            }
            CRC32C crc = new CRC32C();
            crc.update(content, 0, contentLength);
            if (damaged.isEmpty() && missingNewline) {
                crc.update('\n');
                contentLength++;
            }

            if (tornAt >= 0) {
                notices.add("The last change being saved when Smriti stopped was not completely written and was "
                        + "not saved (" + (bytes.length - tornAt) + " incomplete bytes were cut from the end of "
                        + journal + ").");
            }
            if (!damaged.isEmpty()) {
                notices.add(damaged.size() + (damaged.size() == 1 ? " event" : " events") + " in " + journal
                        + " could not be read (damaged). "
                        + (damaged.size() == 1 ? "It was" : "They were") + " moved, with "
                        + (damaged.size() == 1 ? "its line number" : "their line numbers") + ", to "
                        + corrupt.get().getFileName() + "; everything else was loaded.");
            }
            if (unreadable > 0) {
                notices.add(unreadable + (unreadable == 1 ? " event" : " events") + " in " + journal
                        + " could not be interpreted and " + (unreadable == 1 ? "was" : "were")
                        + " skipped; " + (unreadable == 1 ? "it stays" : "they stay") + " in the journal.");
            }
            OpenReport report = new OpenReport(notices, snap != null, replayed, tornAt >= 0, damaged.size(),
                    corrupt, unknown, unreadable);
            // No snapshot here: open stays quick; close() writes one, and the app may call writeSnapshot() later.
            return new ProgressStore(dataDir, codec, lock, file, crc, contentLength, builder.build(),
                    replayed + damaged.size(), report);
        }

        private Path moveDamaged(byte[] bytes, List<Damage> damaged) throws IOException {
            Path target = FileTimestamps.unique(dataDir, CORRUPT_PREFIX, clock, "");
            AtomicFiles.write(target, out -> {
                for (Damage d : damaged) {
                    out.write(("line " + d.lineNo + " (" + d.reason + "): ").getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, d.from, d.to - d.from);
                    out.write('\n');
                }
            });
            for (Damage d : damaged) {
                LOG.log(Level.WARNING, journal + " line " + d.lineNo + " is damaged (" + d.reason + "); moved to "
                        + target);
            }
            return target;
        }

        private static byte[] withoutDamaged(byte[] bytes, int goodEnd, List<Damage> damaged,
                                             boolean missingNewline) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(goodEnd + 1);
            int pos = 0;
            for (Damage d : damaged) {
                out.write(bytes, pos, d.from - pos);
                pos = d.to + 1;
            }
            out.write(bytes, pos, goodEnd - pos);
            if (missingNewline) {
                out.write('\n');
            }
            return out.toByteArray();
        }

        /**
         * One line's verdict: the event, the {@link JournalLines.Parsed} line of an unknown type or version, a
         * {@link JournalLines.Damaged}, or a String saying why a known event could not be interpreted.
         */
        private Object decode(byte[] bytes, int from, int to) {
            JournalLines.Parsed p;
            try {
                JournalLines.verify(bytes, from, to);
                ProgressEvent canonical = CanonicalLines.decode(bytes, from, to);
                if (canonical != null) {
                    return canonical;
                }
                p = JournalLines.parseVerified(bytes, from, to);
            } catch (JournalLines.Damaged d) {
                return d;
            }
            if (p.version() != JournalLines.VERSION || !codec.knows(p.type())) {
                return p;
            }
            try {
                return codec.decode(p.type(), p.data());
            } catch (JsonFormatException | IllegalArgumentException e) {
                return questionOf(p) + ": " + e.getMessage();
            }
        }

        /** The 1-based line number of the {@code index}-th line after byte {@code start}. */
        private int lineNumber(byte[] bytes, int start, int index) {
            if (linesBeforeStart < 0) {
                linesBeforeStart = 0;
                for (int i = 0; i < start; i++) {
                    if (bytes[i] == '\n') {
                        linesBeforeStart++;
                    }
                }
            }
            return linesBeforeStart + index + 1;
        }

        /**
         * Splits {@code bytes[start, length)} into chunks of whole lines for parallel decoding: the start of each
         * chunk, plus the end. A chunk is at least 64 KiB so that a small journal is not split at all.
         */
        private static int[] chunks(byte[] bytes, int start) {
            int length = bytes.length - start;
            int chunks = Math.max(1, Math.min(64, length / (64 * 1024)));
            int[] chunkStart = new int[chunks + 1];
            chunkStart[0] = start;
            for (int k = 1; k < chunks; k++) {
                int near = start + (int) ((long) length * k / chunks);
                chunkStart[k] = Math.min(bytes.length, indexOf(bytes, Math.max(near, chunkStart[k - 1])) + 1);
            }
            chunkStart[chunks] = bytes.length;
            return chunkStart;
        }

        /** Start offsets of the lines in {@code bytes[from, to)}, plus one past the end of the last line. */
        private static int[] lineBounds(byte[] bytes, int from, int to) {
            int[] bounds = new int[1024];
            int n = 0;
            int pos = from;
            while (pos < to) {
                if (n == bounds.length - 1) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = pos;
                pos = indexOf(bytes, pos) + 1;
            }
            bounds[n] = pos;
            return Arrays.copyOf(bounds, n + 1);
        }

        private static String questionOf(JournalLines.Parsed p) {
            return p.data().has("questionId") ? " (question " + p.data().get("questionId") + ")" : "";
        }

        /** The index of the next newline at or after {@code from}, or {@code bytes.length} if there is none. */
        static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return bytes.length;
        }
    }
}
