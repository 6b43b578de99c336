package org.smriti.data.journal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.data.json.JsonFormatException;

/**
 * Decodes journal lines into events. {@link #readUnlocked} reads a data folder's journal without taking its lock,
 * as a backup does, so it works while Smriti has the folder open: it sees the complete lines written so far and
 * never writes or repairs anything (damaged lines are skipped; the app reports them when it opens the folder).
 */
public final class JournalEvents {

    private static final System.Logger LOG = System.getLogger(JournalEvents.class.getName());

    private JournalEvents() {
    }

    /** The events of the given types in {@code dataDir}'s journal, in order; none when there is no journal. */
    public static List<ProgressEvent> readUnlocked(Path dataDir, EventCodec codec, Predicate<String> types)
            throws IOException {
        Path journal = dataDir.resolve(ProgressStore.JOURNAL_FILE);
        if (Files.notExists(journal)) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(journal);
        int complete = bytes.length;
        while (complete > 0 && bytes[complete - 1] != '\n') {
            complete--; // a line still being written by a running Smriti
        }
        return decode(bytes, complete, codec, types);
    }

    /**
     * The events of the given types in {@code bytes[0, end)}; other lines are checked but not decoded, and lines
     * that are damaged or of a version or type the codec does not know are skipped.
     */
    static List<ProgressEvent> decode(byte[] bytes, long end, EventCodec codec, Predicate<String> types) {
        List<ProgressEvent> out = new ArrayList<>();
        int pos = 0;
        while (pos < end) {
            int nl = JournalLines.lineEnd(bytes, pos);
            try {
                JournalLines.Parsed p = JournalLines.parse(bytes, pos, nl);
                if (p.version() == JournalLines.VERSION && codec.knows(p.type()) && types.test(p.type())) {
                    out.add(codec.decode(p.type(), p.data()));
                }
            } catch (JournalLines.Damaged | JsonFormatException | IllegalArgumentException e) {
                LOG.log(Level.DEBUG, "skipping an unreadable journal line: " + e.getMessage());
            }
            pos = nl + 1;
        }
        return out;
    }
}
