package org.smriti.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code help}: lists the commands. */
final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "show this list of commands";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("usage: smriti [<command> [args]]   (no command: start the app)");
        out.println();
        // One line of synopsis, the summary indented beneath: the synopses are too long for a column.
        for (Command c : Cli.commands()) {
            out.println("  " + (c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments()));
            out.println("      " + c.summary());
        }
        return Cli.OK;
    }
}
