package org.smriti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.smriti.app.ClassArchive;

/**
 * {@code class-archive}: writes the packaged app's class archive for the folder it is installed in (the package
 * build and the .deb's postinst run it; see {@link ClassArchive}).
 */
final class ClassArchiveCommand implements Command {

    @Override
    public String name() {
        return "class-archive";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "prepare the installed app's class archive, which makes it start faster (installers run this)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("class-archive takes no arguments");
            return Cli.USAGE;
        }
        Optional<ClassArchive> archive = ClassArchive.ofThisJvm();
        if (archive.isEmpty()) {
            err.println("class-archive: only the packaged app has a class archive (its launcher names it with "
                    + "-XX:SharedArchiveFile); nothing to do here");
            return Cli.USAGE;
        }
        try {
            Optional<String> failure = archive.get().write();
            if (failure.isPresent()) {
                err.println("class-archive: could not write " + archive.get().archive() + ":");
                err.println(failure.get().strip());
                return Cli.FAILED;
            }
            out.println("Wrote " + archive.get().archive() + " ("
                    + Files.size(archive.get().archive()) / (1024 * 1024) + " MB)");
            return Cli.OK;
        } catch (IOException e) {
            err.println("class-archive: could not write " + archive.get().archive() + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("class-archive: interrupted; " + archive.get().archive() + " left as it was");
            return Cli.FAILED;
        }
    }
}
