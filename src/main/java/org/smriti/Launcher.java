package org.smriti;

import java.util.Arrays;
import org.smriti.app.AppVersion;
import org.smriti.app.SmritiApp;
import org.smriti.app.StartupOptions;
import org.smriti.cli.Cli;

/**
 * Entry point. A plain class (not an {@code Application}) so that the JavaFX runtime on the class path is
 * accepted; answers {@code --help}/{@code --version} without starting JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // An option is never a command: the app's start then does not initialise every command class.
        if (args.length > 0 && !args[0].startsWith("-") && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
            return;
        }
        StartupOptions options;
        try {
            options = StartupOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("smriti: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(StartupOptions.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println("Smriti " + AppVersion.current());
            return;
        }
        SmritiApp.launch(options, args);
    }
}
