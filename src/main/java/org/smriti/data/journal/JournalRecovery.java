package org.smriti.data.journal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.smriti.core.progress.CardEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.data.AtomicFiles;
import org.smriti.data.journal.JournalRepair.DamagedLine;
import org.smriti.data.journal.JournalRepair.Defects;

/**
 * Opens a journal for {@link ProgressStore#open}: starts from the snapshot if it matches the journal, decodes the
 * lines after it ({@link DecodedLines}), classifies them (replaying the events, collecting what is wrong), repairs
 * the file ({@link JournalRepair}) and reports what it found ({@link OpenReport}).
 */
final class JournalRecovery {

    private static final System.Logger LOG = System.getLogger(JournalRecovery.class.getName());

    /**
     * What the store starts from.
     *
     * @param file               the journal, open for appending
     * @param end                the journal's length, where the next line goes
     * @param crc                the CRC-32C of the journal's bytes so far
     * @param others             the events that are not about a card (settings changes, mock tests), in order
     * @param linesSinceSnapshot journal lines not covered by the snapshot
     */
    record Recovered(JournalFile file, long end, CRC32C crc, ProgressState state, List<ProgressEvent> others,
                     int linesSinceSnapshot, OpenReport report) {
    }

    /** What classifying the lines found, besides the state. */
    private record Findings(int replayed, int unknown, int unreadable, Defects defects) {
    }

    private final Path dataDir;
    private final Path journal;
    private final Clock clock;
    private final EventCodec codec;

    JournalRecovery(Path dataDir, Clock clock, EventCodec codec) {
        this.dataDir = dataDir;
        this.journal = dataDir.resolve(ProgressStore.JOURNAL_FILE);
        this.clock = clock;
        this.codec = codec;
    }

    Recovered run(ProgressStore.FileOpener opener) throws IOException {
        byte[] bytes = readCreatingIfMissing();
        Snapshot.Lookup snapshot = Snapshot.load(dataDir.resolve(Snapshot.FILE_NAME), bytes, codec);
        int start = 0;
        ProgressState.Builder builder = ProgressState.empty().toBuilder();
        List<ProgressEvent> others = new ArrayList<>();
        if (snapshot instanceof Snapshot.Loaded loaded) {
            start = loaded.journalBytes();
            builder = loaded.state().toBuilder();
            others.addAll(loaded.others());
        }
        Findings found = classify(DecodedLines.decode(bytes, start, codec), builder, others);
        logReplay(snapshot, found.replayed());
        JournalRepair.Repaired repaired = new JournalRepair(dataDir, clock).repair(bytes, found.defects(), opener);
        OpenReport report = report(bytes.length, found, repaired.corruptFile(),
                snapshot instanceof Snapshot.Loaded);
        // No snapshot here: open stays quick; close() writes one, and the app may call writeSnapshot() later.
        return new Recovered(repaired.file(), repaired.length(), repaired.crc(), builder.build(), others,
                found.replayed() + found.defects().damaged().size(), report);
    }

    private byte[] readCreatingIfMissing() throws IOException {
        if (Files.notExists(journal)) {
            Files.write(journal, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            AtomicFiles.fsyncDirectory(dataDir);
        }
        return Files.readAllBytes(journal);
    }

    /**
     * Says how the state was rebuilt, at INFO only when it is news: a snapshot that could not be used, or a long
     * replay (the snapshot is missing or far behind, e.g. after a crash). A new folder, a journal too short to have
     * needed a snapshot, or a snapshot plus a short tail is a normal start and logs nothing above DEBUG.
     */
    private void logReplay(Snapshot.Lookup snapshot, int replayed) {
        boolean news = snapshot instanceof Snapshot.Rejected || replayed >= ProgressStore.SNAPSHOT_THRESHOLD;
        String how = snapshot instanceof Snapshot.Loaded ? "after the snapshot"
                : snapshot instanceof Snapshot.Rejected r ? "from the start: snapshot not used because " + r.reason()
                : "from the start: there is no snapshot";
        LOG.log(news ? Level.INFO : Level.DEBUG, "replayed " + replayed + " lines of " + journal + " " + how);
    }

    /**
     * Replays the events into {@code builder}, in order, collecting those that are not about a card in
     * {@code others}, and sorts out the other lines.
     */
    private Findings classify(DecodedLines lines, ProgressState.Builder builder, List<ProgressEvent> others) {
        List<DamagedLine> damaged = new ArrayList<>();
        int replayed = 0;
        int unknown = 0;
        int unreadable = 0;
        int tornAt = -1;
        boolean missingNewline = false;
        for (int i = 0; i < lines.count(); i++) {
            LineVerdict verdict = lines.verdict(i);
            if (verdict instanceof LineVerdict.Damaged d) {
                if (lines.complete(i)) {
                    damaged.add(new DamagedLine(lines.lineNumber(i), lines.from(i), lines.newline(i), d.reason()));
                } else {
                    tornAt = lines.from(i);
                }
                continue;
            }
            replayed++;
            missingNewline = !lines.complete(i); // a whole line whose newline did not make it: keep it
            if (verdict instanceof LineVerdict.Event e) {
                builder.apply(e.event());
                if (!(e.event() instanceof CardEvent)) {
                    others.add(e.event());
                }
            } else if (verdict instanceof LineVerdict.Unknown u) {
                unknown++;
                LOG.log(Level.WARNING, journal + " line " + lines.lineNumber(i) + ": event type '" + u.type()
                        + "' (format " + u.version() + ") is not known to this version; kept, skipped");
            } else if (verdict instanceof LineVerdict.Unreadable u) {
                unreadable++;
                LOG.log(Level.WARNING, journal + " line " + lines.lineNumber(i) + u.describe() + "; kept, skipped");
            }
        }
        return new Findings(replayed, unknown, unreadable, new Defects(damaged, tornAt, missingNewline));
    }

    /** The user-readable notices and the counts of what was found and done. */
    private OpenReport report(int journalLength, Findings found, Optional<Path> corrupt, boolean snapshotUsed) {
        List<String> notices = new ArrayList<>();
        Defects defects = found.defects();
        int damaged = defects.damaged().size();
        int unreadable = found.unreadable();
        if (defects.torn()) {
            notices.add("The last change being saved when Smriti stopped was not completely written and was "
                    + "not saved (" + (journalLength - defects.tornAt()) + " incomplete bytes were cut from the end of "
                    + journal + ").");
        }
        if (damaged > 0) {
            notices.add(damaged + (damaged == 1 ? " event" : " events") + " in " + journal
                    + " could not be read (damaged). "
                    + (damaged == 1 ? "It was" : "They were") + " moved, with "
                    + (damaged == 1 ? "its line number" : "their line numbers") + ", to "
                    + corrupt.orElseThrow().getFileName() + "; everything else was loaded.");
        }
        if (unreadable > 0) {
            notices.add(unreadable + (unreadable == 1 ? " event" : " events") + " in " + journal
                    + " could not be interpreted and " + (unreadable == 1 ? "was" : "were")
                    + " skipped; " + (unreadable == 1 ? "it stays" : "they stay") + " in the journal.");
        }
        return new OpenReport(notices, snapshotUsed, found.replayed(), defects.torn(), damaged, corrupt,
                found.unknown(), unreadable);
    }
}
