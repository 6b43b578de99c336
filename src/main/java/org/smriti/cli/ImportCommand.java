package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smriti.data.interop.ImportPreview;
import org.smriti.data.interop.PackImport;

/**
 * {@code smriti import FILE.json|FILE.csv}: checks a pack with the validator and, only if it has no problems,
 * saves it into the data folder's {@code packs/}. Prints the preview either way.
 */
final class ImportCommand {

    private static final int PROMPTS_SHOWN = 3;

    int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !(args.get(0).endsWith(".json") || args.get(0).endsWith(".csv"))) {
            err.println("usage: smriti import FILE.json|FILE.csv");
            return Cli.USAGE;
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            err.println("import: " + file + ": no such file");
            return Cli.USAGE;
        }
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
            err.println("import failed: " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
