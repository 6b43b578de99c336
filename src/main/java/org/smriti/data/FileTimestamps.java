package org.smriti.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps in file names, like {@code 20261124T233000Z} (UTC, sortable). */
public final class FileTimestamps {

    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private FileTimestamps() {
    }

    public static String now(Clock clock) {
        return FORMAT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * {@code dir/prefix + timestamp + suffix}, with {@code -2}, {@code -3}… added before the suffix if that name is
     * taken (two events within one second must not overwrite each other's file).
     */
    public static Path unique(Path dir, String prefix, Clock clock, String suffix) {
        String base = prefix + now(clock);
        Path p = dir.resolve(base + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + suffix);
        }
        return p;
    }
}
