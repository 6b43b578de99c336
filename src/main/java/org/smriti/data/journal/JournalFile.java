package org.smriti.data.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.smriti.data.AtomicFiles;

/** The journal's write side; an interface so tests can make writes fail like a full or read-only disk. */
interface JournalFile extends Closeable {

    void write(ByteBuffer bytes, long position) throws IOException;

    /** fdatasync: the bytes written are on the disk when this returns. */
    void force() throws IOException;

    void truncate(long size) throws IOException;

    static JournalFile open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE);
        return new JournalFile() {
            @Override
            public void write(ByteBuffer bytes, long position) throws IOException {
                AtomicFiles.writeFully(ch, bytes, position);
            }

            @Override
            public void force() throws IOException {
                ch.force(false);
            }

            @Override
            public void truncate(long size) throws IOException {
                ch.truncate(size);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }
}
