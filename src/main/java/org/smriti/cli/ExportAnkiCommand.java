package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.smriti.data.IoErrors;
import org.smriti.data.interop.AnkiExport;

/**
 * {@code smriti export-anki FILE.txt}: writes every question the app would load as an Anki text file, own cards
 * with their Smriti column.
 */
final class ExportAnkiCommand {

    private static final String NAME = "export-anki";

    int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).endsWith(".txt")) {
            err.println("usage: smriti export-anki FILE.txt");
            return Cli.USAGE;
        }
        Path file;
        try {
            file = InputChecks.newFile(args.get(0), true);
        } catch (InputChecks.BadInput e) {
            return e.report(NAME, err);
        }
        try {
            AnkiExport.Exported exported = AnkiExport.export(file, dataDir);
            for (String pack : exported.leftOut()) {
                err.println(NAME + ": left out " + pack + ", which has problems (see smriti validate)");
            }
            out.println("Wrote " + exported.notes() + " notes for deck " + AnkiExport.DECK + " to " + file
                    + ". In Anki: File → Import, choose the file, Import.");
            return Cli.OK;
        } catch (IOException e) {
            err.println(NAME + ": cannot export to " + file + ": " + IoErrors.reason(e) + ".");
            return Cli.FAILED;
        }
    }
}
