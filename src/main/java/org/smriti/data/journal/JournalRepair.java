package org.smriti.data.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.smriti.data.AtomicFiles;
import org.smriti.data.FileTimestamps;

/**
 * The repair step of opening a journal: moves damaged lines to a {@code journal.corrupt-…} file, cuts off a torn
 * last line, ends a whole last line whose newline was lost, and opens the journal for appending.
 */
final class JournalRepair {

    private static final System.Logger LOG = System.getLogger(JournalRepair.class.getName());

    /** A complete line ({@code bytes[from, to)}, newline at {@code to}) whose checksum or structure is wrong. */
    record DamagedLine(int lineNo, int from, int to, String reason) {
    }

    /**
     * What is wrong with the journal file itself.
     *
     * @param damaged        complete lines that cannot be read, in order
     * @param tornAt         where an incomplete, unreadable last line starts (a crash mid-write), or -1
     * @param missingNewline whether the last line is intact but its newline did not reach the disk
     */
    record Defects(List<DamagedLine> damaged, int tornAt, boolean missingNewline) {

        boolean torn() {
            return tornAt >= 0;
        }
    }

    /**
     * The repaired journal, open for appending.
     *
     * @param length      the journal's length in bytes
     * @param crc         the CRC-32C of those bytes, continued by each append
     * @param corruptFile where damaged lines were moved, if there were any
     */
    record Repaired(JournalFile file, long length, CRC32C crc, Optional<Path> corruptFile) {
    }

    private final Path dataDir;
    private final Path journal;
    private final Clock clock;

    JournalRepair(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.journal = dataDir.resolve(ProgressStore.JOURNAL_FILE);
        this.clock = clock;
    }

    /** Repairs the journal whose content is {@code bytes} and opens it with {@code opener}. */
    Repaired repair(byte[] bytes, Defects defects, ProgressStore.FileOpener opener) throws IOException {
        int goodEnd = defects.torn() ? defects.tornAt() : bytes.length;
        if (!defects.damaged().isEmpty()) {
            // Rewritten atomically without the damaged lines, which also drops a torn tail and ends the last line.
            Path corrupt = moveDamaged(bytes, defects.damaged());
            byte[] content = withoutDamaged(bytes, goodEnd, defects);
            AtomicFiles.write(journal, content);
            return new Repaired(opener.open(journal), content.length, crcOf(content, content.length),
                    Optional.of(corrupt));
        }
        JournalFile file = opener.open(journal);
        try {
            if (defects.torn()) {
                file.truncate(goodEnd);
                file.force();
            }
            if (defects.missingNewline()) {
                file.write(ByteBuffer.wrap(new byte[] {'\n'}), goodEnd);
                file.force();
            }
        } catch (IOException e) {
            file.close();
            throw e;
        }
        CRC32C crc = crcOf(bytes, goodEnd);
        long length = goodEnd;
        if (defects.missingNewline()) {
            crc.update('\n');
            length++;
        }
        return new Repaired(file, length, crc, Optional.empty());
    }

    private Path moveDamaged(byte[] bytes, List<DamagedLine> damaged) throws IOException {
        Path target = FileTimestamps.unique(dataDir, ProgressStore.CORRUPT_PREFIX, clock, "");
        AtomicFiles.write(target, out -> {
            for (DamagedLine d : damaged) {
                out.write(("line " + d.lineNo() + " (" + d.reason() + "): ").getBytes(StandardCharsets.UTF_8));
                out.write(bytes, d.from(), d.to() - d.from());
                out.write('\n');
            }
        });
        for (DamagedLine d : damaged) {
            LOG.log(Level.WARNING, journal + " line " + d.lineNo() + " is damaged (" + d.reason() + "); moved to "
                    + target);
        }
        return target;
    }

    private static byte[] withoutDamaged(byte[] bytes, int goodEnd, Defects defects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(goodEnd + 1);
        int pos = 0;
        for (DamagedLine d : defects.damaged()) {
            out.write(bytes, pos, d.from() - pos);
            pos = d.to() + 1;
        }
        out.write(bytes, pos, goodEnd - pos);
        if (defects.missingNewline()) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static CRC32C crcOf(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc;
    }
}
