package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.smriti.data.DataDirLock;
import org.smriti.data.backup.Backups;

/**
 * {@code smriti restore FILE.zip}: replaces the journal and settings by a backup's, after backing up the current
 * data. Refuses to run while Smriti has the data folder open.
 */
public final class RestoreCommand {

    private final Clock clock;

    public RestoreCommand() {
        this(Clock.systemUTC());
    }

    public RestoreCommand(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 on success, 1 on failure or refusal, 2 on wrong usage */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: smriti restore FILE.zip");
            return 2;
        }
        Path zip = Path.of(args.get(0)).toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            err.println("restore: " + zip + " does not exist or is not a file.");
            return 1;
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Backups.RestoreReport r = new Backups(dataDir, clock).restore(zip);
            r.previousData().ifPresent(p -> out.println("Your previous data was saved to " + p + "."));
            out.println("Restored " + r.events() + " events" + (r.settingsRestored() ? " and the settings" : "")
                    + " from " + zip + " into " + dataDir.toAbsolutePath() + ".");
            if (!r.ignoredEntries().isEmpty()) {
                out.println("Ignored entries not used by Smriti: " + String.join(", ", r.ignoredEntries()) + ".");
            }
            return 0;
        } catch (IOException e) {
            err.println("restore failed: " + e.getMessage());
            return 1;
        }
    }
}
