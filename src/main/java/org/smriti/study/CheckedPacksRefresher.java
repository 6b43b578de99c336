package org.smriti.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.smriti.data.bank.BankLoader;

/**
 * Keeps the data folder's checked packs current while the app runs: a little after the notes or cards last changed,
 * on a thread of its own, the packs are validated in full and the checked form written, so closing the window seldom
 * has to (on 2,000 own cards that is a third of a second, a second in a fresh JVM). Closing still makes them current,
 * after waiting for a refresh under way: two never run at once.
 */
final class CheckedPacksRefresher {

    private static final Logger LOG = Logger.getLogger(CheckedPacksRefresher.class.getName());

    private final Path dataDir;
    private final Duration quiet;
    private ScheduledThreadPoolExecutor executor;
    private ScheduledFuture<?> pending;
    private boolean closed;

    /** @param quiet how long after the last change a refresh starts */
    CheckedPacksRefresher(Path dataDir, Duration quiet) {
        this.dataDir = dataDir;
        this.quiet = quiet;
    }

    /** The notes or cards changed: refresh once they have been left alone for a while. */
    synchronized void changed() {
        if (closed) {
            return;
        }
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "smriti-check-packs");
                thread.setDaemon(true); // closing refreshes anyway; a refresh cut short leaves the old file whole
                return thread;
            });
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(this::refreshLogged, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for a refresh under way, then makes the checked packs current (usually they already are). */
    void close() throws IOException {
        ScheduledThreadPoolExecutor running;
        synchronized (this) {
            closed = true;
            running = executor;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the next start validates in full if the packs are not current
            }
        }
        BankLoader.refreshCheckedPacks(dataDir);
    }

    private void refreshLogged() {
        try {
            BankLoader.refreshCheckedPacks(dataDir);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The checked packs of " + dataDir + " were not refreshed; closing tries again", e);
        }
    }
}
