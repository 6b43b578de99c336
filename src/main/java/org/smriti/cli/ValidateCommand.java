package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;
import org.smriti.data.IoErrors;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackProblem;

/**
 * {@code validate [DIR]}: checks a folder of packs (default: the bundled bank) and prints every problem
 * (exit 1) or a summary of questions per type and per main topic (exit 0). Quotes are checked against
 * {@code DIR/../seeds} when that folder exists, as in the project layout, otherwise the bundled documents.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String summary() {
        return "check the question packs in DIR (default: the bundled bank)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("usage: smriti validate [DIR]");
            return Cli.USAGE;
        }
        Path dir = null;
        LoadedBank loaded;
        try {
            if (!args.isEmpty()) {
                dir = InputChecks.existingFolder(args.get(0), "of packs");
                if (!hasPacks(dir)) {
                    throw new InputChecks.BadInput(dir + " has no packs (.json files) to check.");
                }
            }
            loaded = dir == null ? BankLoader.loadBundled() : loadDirectory(dir);
        } catch (InputChecks.BadInput e) {
            return e.report(name(), err);
        } catch (IOException e) {
            err.println(name() + ": cannot read the packs" + (dir == null ? "" : " in " + dir) + ": "
                    + IoErrors.reason(e) + ".");
            return Cli.USAGE;
        }
        if (!loaded.allValid()) {
            List<PackProblem> problems = loaded.problems();
            problems.forEach(out::println);
            out.printf("%d problem%s; %d pack%s refused.%n", problems.size(), plural(problems.size()),
                    loaded.refused().size(), plural(loaded.refused().size()));
            return Cli.FAILED;
        }
        printSummary(loaded, out);
        return Cli.OK;
    }

    private static boolean hasPacks(Path dir) throws InputChecks.BadInput {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw new InputChecks.BadInput(InputChecks.cannot("read", dir, e));
        }
    }

    private static LoadedBank loadDirectory(Path dir) throws IOException {
        Path seeds = dir.toAbsolutePath().normalize().resolveSibling("seeds");
        return Files.isDirectory(seeds) ? BankLoader.loadDirectory(dir, seeds) : BankLoader.loadDirectory(dir);
    }

    private static void printSummary(LoadedBank loaded, PrintStream out) {
        QuestionBank bank = loaded.bank();
        out.printf("OK: %d pack%s, %d question%s, %d source document%s, no problems.%n",
                loaded.packs().size(), plural(loaded.packs().size()), bank.size(), plural(bank.size()),
                loaded.documents().size(), plural(loaded.documents().size()));
        out.println("By type:");
        for (Map.Entry<QuestionType, Integer> e : bank.countsByType().entrySet()) {
            out.printf("  %-46s %4d%n", e.getKey().id(), e.getValue());
        }
        out.println("By main topic:");
        for (Map.Entry<Topic, Integer> e : bank.countsByTopic().entrySet()) {
            out.printf("  %-46s %4d%n", e.getKey().id() + " (" + e.getKey().label() + ")", e.getValue());
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
