package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.smriti.data.IoErrors;
import org.smriti.data.backup.Backups;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.settings.SettingsStore;

/** {@code smriti backup FILE.zip}: saves the journal and settings to a zip. Works while the app is open. */
public final class BackupCommand {

    private static final String NAME = "backup";

    private final Clock clock;

    public BackupCommand() {
        this(Clock.systemUTC());
    }

    public BackupCommand(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 on success, 1 if the backup could not be written, 2 on wrong usage or an unusable file */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).endsWith(".zip")) {
            err.println("usage: smriti backup FILE.zip");
            return Cli.USAGE;
        }
        Path zip;
        try {
            requireData(dataDir);
            zip = InputChecks.newFile(args.get(0), false);
        } catch (InputChecks.BadInput e) {
            return e.report(NAME, err);
        }
        try {
            int events = new Backups(dataDir, clock).backup(zip);
            out.println("Backed up " + events + " events and the settings of " + dataDir.toAbsolutePath()
                    + " to " + zip + ".");
            return Cli.OK;
        } catch (IOException e) {
            err.println(NAME + ": cannot back up " + dataDir.toAbsolutePath() + " to " + zip + ": "
                    + IoErrors.reason(e) + ". Nothing was written.");
            return Cli.FAILED;
        }
    }

    private static void requireData(Path dataDir) throws InputChecks.BadInput {
        Path dir = dataDir.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new InputChecks.BadInput(dir + " does not exist: there is no Smriti data to back up.");
        }
        if (!Files.exists(dir.resolve(ProgressStore.JOURNAL_FILE))
                && !Files.exists(dir.resolve(SettingsStore.FILE_NAME))) {
            throw new InputChecks.BadInput(dir + " has no Smriti data to back up (no " + ProgressStore.JOURNAL_FILE
                    + " or " + SettingsStore.FILE_NAME + "); is it the right data folder?");
        }
    }
}
