package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.smriti.data.backup.Backups;

/** {@code smriti backup FILE.zip}: saves the journal and settings to a zip. Works while the app is open. */
public final class BackupCommand {

    private final Clock clock;

    public BackupCommand() {
        this(Clock.systemUTC());
    }

    public BackupCommand(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 on success, 1 on failure, 2 on wrong usage */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).endsWith(".zip")) {
            err.println("usage: smriti backup FILE.zip");
            return 2;
        }
        Path zip = Path.of(args.get(0)).toAbsolutePath();
        if (Files.exists(zip)) {
            err.println("backup: " + zip + " already exists; choose another file name.");
            return 1;
        }
        try {
            int events = new Backups(dataDir, clock).backup(zip);
            out.println("Backed up " + events + " events and the settings of " + dataDir.toAbsolutePath()
                    + " to " + zip + ".");
            return 0;
        } catch (IOException e) {
            err.println("backup failed: " + e.getMessage());
            return 1;
        }
    }
}
