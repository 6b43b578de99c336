package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.RefusedPack;
import org.smriti.data.interop.AnkiExport;

/** {@code smriti export-anki FILE.txt}: writes every question the app would load as an Anki text file. */
final class ExportAnkiCommand {

    int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).endsWith(".txt")) {
            err.println("usage: smriti export-anki FILE.txt");
            return Cli.USAGE;
        }
        Path file = Path.of(args.get(0)).toAbsolutePath();
        try {
            LoadedBank bank = BankLoader.loadApp(dataDir);
            for (RefusedPack refused : bank.refused()) {
                err.println("export-anki: left out " + refused.file() + ", which has problems (see smriti validate)");
            }
            AnkiExport.write(file, bank.bank().questions(), bank.documents());
            out.println("Wrote " + bank.bank().questions().size() + " notes for deck " + AnkiExport.DECK + " to "
                    + file + ". In Anki: File → Import, choose the file, Import.");
            return Cli.OK;
        } catch (IOException e) {
            err.println("export-anki failed: " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
