package org.smriti.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smriti.data.DataLocation;

/**
 * A command that works on the data folder: takes an optional {@code --data-dir DIR} anywhere among its arguments
 * and otherwise uses the folder the app would use ({@code SMRITI_DATA_DIR}, then the platform's). A folder that is
 * a file is refused before the command runs; whether it must exist is the command's business.
 */
final class DataDirCommand implements Command {

    /** The command's work once the folder is known. */
    interface Body {
        int run(List<String> args, Path dataDir, PrintStream out, PrintStream err);
    }

    private final String name;
    private final String arguments;
    private final String summary;
    private final Body body;

    DataDirCommand(String name, String arguments, String summary, Body body) {
        this.name = name;
        this.arguments = arguments + " [--data-dir DIR]";
        this.summary = summary;
        this.body = body;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arguments() {
        return arguments;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        Optional<Path> dir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    err.println(name + ": --data-dir needs a folder");
                    return Cli.USAGE;
                }
                dir = Optional.of(Path.of(args.get(++i)));
            } else {
                rest.add(args.get(i));
            }
        }
        Path dataDir = DataLocation.resolve(dir);
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            err.println(name + ": " + dataDir + " is a file, not a data folder (the folder where Smriti keeps"
                    + " your progress).");
            return Cli.USAGE;
        }
        return body.run(rest, dataDir, out, err);
    }
}
