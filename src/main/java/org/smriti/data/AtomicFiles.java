package org.smriti.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mixture: write a temporary
 * file in the same folder, fsync it, rename it over the target atomically, fsync the folder.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Runs after the temporary file is complete and synced, before it is renamed over the target. */
    @FunctionalInterface
    public interface BeforeRename {
        BeforeRename NOTHING = temp -> { };

        void run(Path temp) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, BeforeRename.NOTHING);
    }

    /**
     * As {@link #write(Path, Content)}, with {@code beforeRename} run between writing and renaming: the seam a
     * test uses to fail (or look at the files) exactly there. If it throws, the target is left as it was.
     */
    public static void write(Path target, Content content, BeforeRename beforeRename) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            beforeRename.run(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        fsyncDirectory(dir);
    }

    /** Makes a rename or a new file in {@code dir} durable. */
    public static void fsyncDirectory(Path dir) throws IOException {
        if (isWindows()) {
            return; // Windows cannot open a directory as a channel; NTFS journals renames itself.
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** Appends {@code bytes} at {@code position} of {@code ch}, looping until all are written. */
    public static void writeFully(FileChannel ch, ByteBuffer bytes, long position) throws IOException {
        long pos = position;
        while (bytes.hasRemaining()) {
            pos += ch.write(bytes, pos);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
