/**
 * The progress journal: {@code journal.jsonl}, append-only, one checksummed event per line
 * ({@link org.smriti.data.journal.JournalLines}), and {@code snapshot.bin}, a disposable cache of the replayed
 * state ({@link org.smriti.data.journal.Snapshot}).
 *
 * <p>{@link org.smriti.data.journal.ProgressStore} is the public face: open, append with fsync, snapshot, close.
 * {@link org.smriti.data.journal.EventCodec} (and {@link org.smriti.data.journal.MockEventCodecs}) map events to
 * a line's {@code data} and back; {@link org.smriti.data.journal.CanonicalLines} is the fast decoder for lines in
 * exactly the form the app writes.
 *
 * <p>Opening ({@link org.smriti.data.journal.JournalRecovery}) runs in steps: <em>decode</em> the lines after the
 * snapshot in parallel chunks, each to a {@link org.smriti.data.journal.LineVerdict}
 * ({@link org.smriti.data.journal.DecodedLines}); <em>classify</em> them in order, replaying the events and
 * collecting damaged, torn, unknown and unreadable lines; <em>repair</em> the file
 * ({@link org.smriti.data.journal.JournalRepair}); <em>report</em> what was found
 * ({@link org.smriti.data.journal.OpenReport}).
 */
package org.smriti.data.journal;
