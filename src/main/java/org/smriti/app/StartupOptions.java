package org.smriti.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command-line options of the desktop app.
 *
 * @param dataDir           {@code --data-dir DIR}, if given
 * @param exitAfterStartup  {@code --exit-after-startup}: show the window, log the ready time, exit 0
 * @param help              {@code --help}
 * @param version           {@code --version}
 */
public record StartupOptions(Optional<Path> dataDir, boolean exitAfterStartup, boolean help, boolean version) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: smriti [--data-dir DIR] [--exit-after-startup]",
            "       smriti --help | --version",
            "       smriti COMMAND [ARGS]   (run 'smriti help' for the headless commands)",
            "",
            "Options:",
            "  --data-dir DIR          keep progress and settings in DIR",
            "                          (default: $SMRITI_DATA_DIR, else the platform's data folder)",
            "  --exit-after-startup    open the window, log the startup time and exit (smoke checks)",
            "  --help                  show this help and exit",
            "  --version               show the version and exit");

    /** Parses the arguments or explains, in one line, what is wrong with them. */
    public static StartupOptions parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        boolean exit = false;
        boolean help = false;
        boolean version = false;
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--data-dir")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir ~/smriti-data");
                }
                dataDir = Optional.of(Path.of(rest.get(++i)));
            } else if (arg.startsWith("--data-dir=")) {
                String value = arg.substring("--data-dir=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir ~/smriti-data");
                }
                dataDir = Optional.of(Path.of(value));
            } else if (arg.equals("--exit-after-startup")) {
                exit = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg + "'. Run 'smriti --help' for the options.");
            }
        }
        return new StartupOptions(dataDir, exit, help, version);
    }
}
