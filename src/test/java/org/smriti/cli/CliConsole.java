package org.smriti.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Cli} as a terminal would, keeping what the commands print and what they report as errors. */
final class CliConsole {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Everything printed so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every error reported so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
