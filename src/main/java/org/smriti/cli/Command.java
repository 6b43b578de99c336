package org.smriti.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code smriti <command> [args]}. */
interface Command {

    /** The word typed on the command line, e.g. {@code validate}. */
    String name();

    /** The arguments after the name, e.g. {@code [DIR]}; empty if none. */
    String arguments();

    /** One line for {@code help}. */
    String summary();

    /** Runs the command; returns the process exit code ({@link Cli#OK}, {@link Cli#FAILED} or {@link Cli#USAGE}). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
