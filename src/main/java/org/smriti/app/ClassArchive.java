package org.smriti.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The packaged app's class-data-sharing archive (AppCDS): the JDK's, JavaFX's and Smriti's classes a start
 * loads, already parsed and verified, which the JVM maps instead of loading them from the jars. The launcher
 * names it ({@code -XX:SharedArchiveFile=$APPDIR/smriti.jsa}, see pom.xml, profile {@code package}); the class
 * list beside it ({@code smriti.classlist}) comes from a training start at package time.
 *
 * <p>Java 17 accepts an archive only for the exact jar paths it was made with, so it is made where the app
 * lives: by the package build for the app folder, by the .deb's postinst for /opt/smriti, and, when the app
 * finds its archive unused (e.g. after the app folder was copied elsewhere), by the app itself at exit. Without
 * a usable archive the app starts exactly as before, only more slowly.
 */
public final class ClassArchive {

    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    static final String CLASS_LIST = "smriti.classlist";

    private static final Logger LOG = Logger.getLogger(ClassArchive.class.getName());

    private final Path archive;
    private final Path java;
    private final String classPath;

    ClassArchive(Path archive, Path java, String classPath) {
        this.archive = archive;
        this.java = java;
        this.classPath = classPath;
    }

    /** The archive this JVM's launcher names, for this runtime and class path; empty if it names none. */
    public static Optional<ClassArchive> ofThisJvm() {
        return configured(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .map(file -> new ClassArchive(file, thisJava(), System.getProperty("java.class.path")));
    }

    /** The archive named by the last {@code -XX:SharedArchiveFile=} among the JVM's arguments, as the JVM reads them. */
    static Optional<Path> configured(List<String> jvmArguments) {
        Optional<Path> file = Optional.empty();
        for (String arg : jvmArguments) {
            if (arg.startsWith(ARCHIVE_OPTION) && arg.length() > ARCHIVE_OPTION.length()) {
                file = Optional.of(Path.of(arg.substring(ARCHIVE_OPTION.length())));
            }
        }
        return file;
    }

    public Path archive() {
        return archive;
    }

    Path classList() {
        return archive.resolveSibling(CLASS_LIST);
    }

    /** {@code java -Xshare:dump …}: the static archive of the class list's classes, for exactly this class path. */
    List<String> dumpCommand(Path output) {
        return List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList(),
                "-XX:SharedArchiveFile=" + output, "-cp", classPath);
    }

    /**
     * Writes the archive (a few seconds of CPU): to a temporary file first, so a start meanwhile never maps half
     * an archive.
     *
     * @return the JVM's output if it failed; empty if the archive was written
     */
    public Optional<String> write() throws IOException, InterruptedException {
        if (!Files.isRegularFile(classList())) {
            return Optional.of("no class list " + classList());
        }
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        Path log = Files.createTempFile("smriti-cds", ".log");
        try {
            Process dump = new ProcessBuilder(dumpCommand(partial))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (dump.waitFor() != 0 || !Files.isRegularFile(partial)) {
                Files.deleteIfExists(partial);
                return Optional.of(Files.readString(log, Charset.defaultCharset()));
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Whether to rewrite the archive: it is named but this JVM shares no classes at all (a named archive that
     * cannot be used switches sharing off), the class list is there and the folder can be written.
     */
    boolean unusable(boolean sharing) {
        return !sharing && Files.isRegularFile(classList()) && Files.isWritable(archive.getParent());
    }

    /**
     * At exit: if this JVM's archive could not be used, rewrites it in a process that outlives the app, so the
     * next start has it. Does nothing when started without one (e.g. {@code mvn javafx:run}).
     */
    public static void refreshIfUnusable() {
        ofThisJvm().filter(a -> a.unusable(System.getProperty("java.vm.info", "").contains("sharing")))
                .ifPresent(ClassArchive::writeInBackground);
    }

    private void writeInBackground() {
        // A thread would die with the JVM; a process of its own carries on after the window has closed.
        List<String> command = List.of(java.toString(), "-cp", classPath, Refresh.class.getName(), archive.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Class archive " + archive + " not refreshed: it is only a speed-up", e);
        }
    }

    private static Path thisJava() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** The background refresh's own JVM: writes the archive named on its command line for its class path. */
    static final class Refresh {

        private Refresh() {
        }

        public static void main(String[] args) throws IOException, InterruptedException {
            new ClassArchive(Path.of(args[0]), thisJava(), System.getProperty("java.class.path")).write();
        }
    }
}
