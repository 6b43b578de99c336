package org.smriti.data;

import java.io.IOException;
import java.nio.file.Path;

/** Another Smriti (window or command) is using the data folder. */
public class DataDirLockedException extends IOException {

    private final Path dataDir;

    public DataDirLockedException(Path dataDir) {
        super("Smriti is already running with the data folder " + dataDir.toAbsolutePath()
                + ". Close the other Smriti window or command, then try again.");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
