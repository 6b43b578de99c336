package org.smriti.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smriti.data.IoErrors;

/**
 * The checks a command runs on the files named on its command line before it changes anything, each failing with
 * a sentence that says what is wrong ("… is a file, not a data folder", "cannot write …: permission denied").
 * A command uses them like this, and then reports a failure of its work with {@link #cannot}:
 *
 * <pre>{@code
 * try {
 *     Path in = InputChecks.existingFile(args.get(0));
 *     Path out = InputChecks.newFile(args.get(1), true);
 *     ... work; on IOException e: err.println(name + ": " + InputChecks.cannot("write", out, e)); return Cli.FAILED;
 * } catch (InputChecks.BadInput e) {
 *     return e.report(name, err);
 * }
 * }</pre>
 *
 * A bad input exits with {@link Cli#USAGE}: the command line named something the command cannot use. (The data
 * folder of {@code --data-dir} is checked for every command by {@link DataDirCommand}.)
 */
final class InputChecks {

    /** An input the command cannot use; the message is the sentence to show. */
    static final class BadInput extends Exception {
        BadInput(String sentence) {
            super(sentence);
        }

        /** Prints {@code <command>: <sentence>} and returns the exit code. */
        int report(String command, PrintStream err) {
            err.println(command + ": " + getMessage());
            return Cli.USAGE;
        }
    }

    private InputChecks() {
    }

    /** A file to read: it exists, is a file, is not empty and can be read. */
    static Path existingFile(String arg) throws BadInput {
        Path file = Path.of(arg).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new BadInput(file + " is a folder, not a file.");
        }
        if (!Files.exists(file)) {
            throw new BadInput(file + " does not exist.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (in.read() < 0) {
                throw new BadInput(file + " is empty.");
            }
        } catch (IOException e) {
            throw new BadInput(cannot("read", file, e));
        }
        return file;
    }

    /** A folder to read: it exists and is a folder. {@code what} names what it should hold, e.g. "of packs". */
    static Path existingFolder(String arg, String what) throws BadInput {
        Path dir = Path.of(arg).toAbsolutePath();
        if (!Files.exists(dir)) {
            throw new BadInput(dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInput(dir + " is a file, not a folder " + what + ".");
        }
        return dir;
    }

    /**
     * A file to write: not a folder, in a folder that exists and can be written; if {@code replace} is false, a
     * file that does not exist yet.
     */
    static Path newFile(String arg, boolean replace) throws BadInput {
        Path file = Path.of(arg).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new BadInput(file + " is a folder; give a file name.");
        }
        if (!replace && Files.exists(file)) {
            throw new BadInput(file + " already exists; choose another file name.");
        }
        Path parent = file.getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new BadInput("cannot write " + file + ": " + parent + " is a file, not a folder.");
        }
        if (!Files.exists(parent)) {
            throw new BadInput("cannot write " + file + ": the folder " + parent + " does not exist.");
        }
        if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new BadInput("cannot write " + file + ": permission denied.");
        }
        return file;
    }

    /** A data folder the command will write into: if it exists, it can be written. */
    static void writableFolder(Path dir) throws BadInput {
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new BadInput("cannot write in " + dir.toAbsolutePath() + ": permission denied.");
        }
    }

    /** E.g. {@code cannot write /x/out.zip: the disk is full.} */
    static String cannot(String verb, Path file, IOException e) {
        return "cannot " + verb + " " + file + ": " + IoErrors.reason(e) + ".";
    }
}
