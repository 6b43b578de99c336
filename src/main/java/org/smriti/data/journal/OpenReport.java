package org.smriti.data.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ProgressStore#open} found and did.
 *
 * @param notices           user-readable messages to show (empty when all was well)
 * @param snapshotUsed      whether the snapshot was valid and only the journal's tail was replayed
 * @param eventsReplayed    journal lines replayed (all lines, or those after the snapshot)
 * @param tornLineDropped   whether an incomplete last line (a crash mid-write) was cut off
 * @param damagedLines      lines with a bad checksum or JSON, moved to {@link #corruptFile}
 * @param corruptFile       where damaged lines were moved, with their line numbers
 * @param unknownEvents     lines of an event type or format version this version does not know: kept, skipped
 * @param unreadableEvents  lines of a known type whose content could not be interpreted: kept, skipped
 */
public record OpenReport(List<String> notices, boolean snapshotUsed, int eventsReplayed, boolean tornLineDropped,
                         int damagedLines, Optional<Path> corruptFile, int unknownEvents, int unreadableEvents) {

    public OpenReport {
        notices = List.copyOf(notices);
    }
}
