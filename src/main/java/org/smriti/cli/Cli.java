package org.smriti.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smriti.data.interop.AnkiExport;

/**
 * Headless entry point: {@code smriti <command> [args]}. The launcher hands over to {@link #run} when the
 * first argument {@link #isCommand is a command}; otherwise it starts the app. To add a command, write a
 * {@link Command} and register it in {@link #COMMANDS}.
 */
public final class Cli {

    /** Exit code: done, nothing wrong. */
    public static final int OK = 0;
    /** Exit code: the command ran and found problems (e.g. invalid packs). */
    public static final int FAILED = 1;
    /** Exit code: the command line itself was wrong, or the input could not be read. */
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = register(new ValidateCommand(),
            new DataDirCommand("backup", "FILE.zip", "write the journal and settings to a zip file",
                    (args, dir, out, err) -> new BackupCommand().run(args, dir, out, err)),
            new DataDirCommand("restore", "FILE.zip",
                    "replace the data with a backup (the current data is backed up first)",
                    (args, dir, out, err) -> new RestoreCommand().run(args, dir, out, err)),
            new DataDirCommand("export-anki", "FILE.txt", "write every question as an Anki text file (deck "
                    + AnkiExport.DECK + ")", (args, dir, out, err) -> new ExportAnkiCommand().run(args, dir, out, err)),
            new DataDirCommand("import", "FILE.txt|FILE.json|FILE.csv",
                    "add Anki's Notes in Plain Text (.txt) to your own cards, or a pack (.json, .csv) to the data"
                            + " folder's packs/; all or nothing, after a preview",
                    (args, dir, out, err) -> new ImportCommand().run(args, dir, out, err)),
            new DataDirCommand("questions", "[--json] [ID…]", "print every question studied (bundled and own) as"
                    + " Review shows it; --json: one object per line",
                    (args, dir, out, err) -> new QuestionsCommand().run(args, dir, out, err)),
            new SuggestCommand(), new OptimizeCommand(), new ClassArchiveCommand(),
            new HelpCommand());

    private Cli() {
    }

    /** Whether {@code firstArg} names a command (so the app should not start a window). */
    public static boolean isCommand(String firstArg) {
        return firstArg != null && COMMANDS.containsKey(firstArg);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: smriti <command> [args]; try: smriti help");
            return USAGE;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("unknown command: " + args[0] + "; try: smriti help");
            return USAGE;
        }
        return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
    }

    static Collection<Command> commands() {
        return COMMANDS.values();
    }

    private static Map<String, Command> register(Command... commands) {
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : commands) {
            byName.put(c.name(), c);
        }
        return byName;
    }
}
