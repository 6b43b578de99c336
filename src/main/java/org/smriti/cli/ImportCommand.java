package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.smriti.data.DataDirLock;
import org.smriti.data.DataDirLockedException;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.interop.ImportPreview;
import org.smriti.data.interop.PackImport;
import org.smriti.data.interop.anki.AnkiImport;
import org.smriti.data.interop.anki.AnkiPreview;

/**
 * {@code smriti import FILE}: an Anki text file ({@code .txt}, Anki's Notes in Plain Text) into the own cards, or
 * a pack ({@code .json}, {@code .csv}) into the data folder's {@code packs/}. Prints the preview and saves only if
 * it has no problems.
 */
final class ImportCommand {

    private static final String NAME = "import";
    private static final int PROMPTS_SHOWN = 3;

    int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: smriti import FILE.txt|FILE.json|FILE.csv");
            return Cli.USAGE;
        }
        Path file;
        try {
            file = InputChecks.existingFile(args.get(0));
            InputChecks.writableFolder(dataDir);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") || name.endsWith(".tsv")) {
                return anki(file, dataDir, out, err);
            }
            if (!name.endsWith(".json") && !name.endsWith(".csv")) {
                throw new InputChecks.BadInput(file + " is not a file Smriti imports: choose an Anki export (.txt,"
                        + " from Anki's File → Export → Notes in Plain Text), a pack (.json) or a .csv file.");
            }
        } catch (InputChecks.BadInput e) {
            return e.report(NAME, err);
        }
        return pack(file, dataDir, out, err);
    }

    private static int anki(Path file, Path dataDir, PrintStream out, PrintStream err) {
        AnkiPreview preview;
        try {
            preview = AnkiImport.preview(file, dataDir);
        } catch (IOException e) {
            err.println(NAME + ": " + InputChecks.cannot("read", file, e));
            return Cli.FAILED;
        }
        if (!preview.canImport()) {
            preview.problems().forEach(err::println);
            preview.notices().forEach(err::println);
            err.println("Nothing imported: fix the file (or the notes in Anki) and import it again.");
            return Cli.FAILED;
        }
        out.println(preview.summary());
        // The app writes the own cards too: import only while it is closed, or from its Settings.
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            out.println(AnkiImport.save(preview, dataDir).summary() + " They are in "
                    + BankLoader.ownCardsFile(dataDir) + ".");
            return Cli.OK;
        } catch (DataDirLockedException e) {
            err.println(NAME + ": Smriti is open with " + dataDir.toAbsolutePath() + ". Import from its Settings →"
                    + " Import, or close it and try again. Nothing was imported.");
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(NAME + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static int pack(Path file, Path dataDir, PrintStream out, PrintStream err) {
        try {
            ImportPreview preview = PackImport.preview(file, dataDir);
            if (!preview.canImport()) {
                preview.problems().forEach(err::println);
                err.println("Nothing imported: fix the file and import it again.");
                return Cli.FAILED;
            }
            out.println(preview.source() + ": " + preview.summary());
            preview.firstPrompts(PROMPTS_SHOWN).forEach(p -> out.println("  " + p));
            Path saved = PackImport.save(preview, dataDir);
            out.println("Imported into " + saved + ". Smriti loads it at its next start.");
            return Cli.OK;
        } catch (IOException e) {
            err.println(NAME + ": " + InputChecks.cannot("import", file, e));
            return Cli.FAILED;
        }
    }
}
