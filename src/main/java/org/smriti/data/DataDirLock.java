package org.smriti.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Smriti at a time per data folder: an OS file lock on {@code smriti.lock}, released on close or when the
 * process dies. The lock file itself is left in place (deleting it would race with another starting instance).
 */
public final class DataDirLock implements AutoCloseable {

    public static final String FILE_NAME = "smriti.lock";

    /**
     * Folders this JVM has locked. Checked before opening the lock file because, with POSIX locks, closing any
     * channel on the file (as a refused second attempt would) drops this process's lock on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder if needed and locks it; throws {@link DataDirLockedException} if someone else holds it. */
    public static DataDirLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path folder = dataDir.toRealPath();
        if (!HELD.add(folder)) {
            throw new DataDirLockedException(dataDir); // e.g. the app's own open store
        }
        try {
            FileChannel ch = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (lock == null) {
                ch.close();
                throw new DataDirLockedException(dataDir);
            }
            return new DataDirLock(folder, ch, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(folder);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(folder);
            }
        }
    }
}
