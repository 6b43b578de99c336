package org.smriti.data.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** Opens a store whose disk can be made "full" on demand, for tests outside this package (e.g. the UI). */
public final class DiskFaults {

    private final ProgressStoreTest.FailingFile[] disk = new ProgressStoreTest.FailingFile[1];
    private final ProgressStore store;

    private DiskFaults(Path dir, Clock clock) throws IOException {
        store = ProgressStore.open(dir, clock, MockEventCodecs.appCodec(),
                p -> disk[0] = new ProgressStoreTest.FailingFile(JournalFile.open(p)));
        disk[0].full = false;
    }

    public static DiskFaults open(Path dir, Clock clock) throws IOException {
        return new DiskFaults(dir, clock);
    }

    public ProgressStore store() {
        return store;
    }

    /** While full, every append fails with "No space left on device". */
    public void setFull(boolean full) {
        disk[0].full = full;
    }
}
