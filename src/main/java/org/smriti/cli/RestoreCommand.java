package org.smriti.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import org.smriti.data.DataDirLock;
import org.smriti.data.DataDirLockedException;
import org.smriti.data.IoErrors;
import org.smriti.data.backup.Backups;
import org.smriti.data.backup.RestoreRefusedException;

/**
 * {@code smriti restore FILE.zip}: replaces the journal and settings by a backup's, after backing up the current
 * data. Refuses to run while Smriti has the data folder open.
 */
public final class RestoreCommand {

    private static final String NAME = "restore";
    /** A zip starts with a local file header, or (when it holds nothing) with the end of its directory. */
    private static final List<byte[]> ZIP_STARTS = List.of(new byte[] {'P', 'K', 3, 4}, new byte[] {'P', 'K', 5, 6});

    private final Clock clock;

    public RestoreCommand() {
        this(Clock.systemUTC());
    }

    public RestoreCommand(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 on success, 1 on failure or refusal, 2 on wrong usage or an unusable file */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: smriti restore FILE.zip");
            return Cli.USAGE;
        }
        Path zip;
        try {
            zip = InputChecks.existingFile(args.get(0));
            requireZip(zip);
            InputChecks.writableFolder(dataDir);
        } catch (InputChecks.BadInput e) {
            return e.report(NAME, err);
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Backups.RestoreReport r = new Backups(dataDir, clock).restore(zip);
            r.previousData().ifPresent(p -> out.println("Your previous data was saved to " + p + "."));
            out.println("Restored " + r.events() + " events" + (r.settingsRestored() ? " and the settings" : "")
                    + " from " + zip + " into " + dataDir.toAbsolutePath() + ".");
            if (!r.ignoredEntries().isEmpty()) {
                out.println("Ignored entries not used by Smriti: " + String.join(", ", r.ignoredEntries()) + ".");
            }
            return Cli.OK;
        } catch (RestoreRefusedException | DataDirLockedException e) {
            err.println(NAME + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (ZipException e) {
            err.println(NAME + ": " + zip + " is not a Smriti backup (a damaged zip file). Nothing was changed.");
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(NAME + ": cannot restore " + zip + " into " + dataDir.toAbsolutePath() + ": "
                    + IoErrors.reason(e) + ". Nothing was changed.");
            return Cli.FAILED;
        }
    }

    private static void requireZip(Path file) throws InputChecks.BadInput {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new InputChecks.BadInput(InputChecks.cannot("read", file, e));
        }
        if (n < start.length || ZIP_STARTS.stream().noneMatch(z -> Arrays.equals(z, start))) {
            throw new InputChecks.BadInput(file + " is not a Smriti backup (not a zip file).");
        }
    }
}
