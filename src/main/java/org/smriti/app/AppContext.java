package org.smriti.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.question.Question;
import org.smriti.core.settings.Settings;
import org.smriti.data.DataLocation;
import org.smriti.data.backup.Backups;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.settings.SettingsStore;
import org.smriti.study.Library;
import org.smriti.study.MemoryModel;
import org.smriti.study.StudyService;
import org.smriti.ui.settings.SettingsViewModel;

/**
 * The composition root: opens the data folder (taking its lock first, so a second instance writes nothing),
 * loads settings, question bank and progress, and creates every service once, with constructors.
 * Tests build one on a temporary folder and a fixed clock.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final Path dataDir;
    private final Clock clock;
    private final ProgressStore store;
    private final SettingsStore settingsStore;
    private final Backups backups;
    private final StudyService study;
    private final Library library;
    private final MemoryModel memory;
    private final MockLog mockLog;
    private final ObjectProperty<Settings> settings;
    private final List<String> startupNotices = new ArrayList<>();
    private Consumer<Path> folderOpener = folder -> { };
    private Runnable exitRequest = () -> { };
    private Thread dailyBackup;
    /** Set when the folder is about to be closed or replaced: a backup not started by then is not started. */
    private boolean backupsStopped;

    /**
     * @throws org.smriti.data.DataDirLockedException if another Smriti has the folder open; nothing was written
     * @throws IOException if the folder cannot be read or created
     */
    public AppContext(Path dataDir, Clock clock) throws IOException {
        this.dataDir = dataDir;
        this.clock = clock;
        Files.createDirectories(dataDir);
        this.store = ProgressStore.open(dataDir, clock, MockEventCodecs.appCodec());
        try {
            startupNotices.addAll(store.openReport().notices());
            this.settingsStore = new SettingsStore(dataDir, clock);
            SettingsStore.Loaded loaded = settingsStore.load();
            startupNotices.addAll(loaded.warnings());
            this.settings = new SimpleObjectProperty<>(this, "settings", loaded.settings());
            this.backups = new Backups(dataDir, clock);
            LoadedBank bank = Library.load(dataDir, startupNotices);
            store.orphanedNotice(bank.bank().asMap().keySet()).ifPresent(startupNotices::add);
            this.library = new Library(dataDir, clock, bank);
            this.study = new StudyService(library.bank().bank(), library.facts(), store, settings::get, clock);
            library.onChange(() -> study.replaceBank(library.bank().bank(), library.facts()));
            this.memory = new MemoryModel(store, study, settings::get);
            this.mockLog = new MockLog(store);
            study.workOutAhead(); // here, while JavaFX starts, rather than on the UI thread for Home's first frame
            settings.addListener((obs, old, now) -> persist(now));
            if (store.openReport().eventsReplayed() >= ProgressStore.SNAPSHOT_THRESHOLD) {
                refreshSnapshotInBackground();
            }
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public static AppContext open(StartupOptions options) throws IOException {
        return new AppContext(DataLocation.resolve(options.dataDir()), Clock.systemDefaultZone());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public StudyService study() {
        return study;
    }

    /** The bank as it is now: the aspirant's own cards and notes change it while the app runs. */
    public LoadedBank loadedBank() {
        return library.bank();
    }

    public Library library() {
        return library;
    }

    /** Fitting FSRS to the aspirant's reviews, calibration and suggested retention (slow: off the UI thread). */
    public MemoryModel memoryModel() {
        return memory;
    }

    public List<Question> questions() {
        return library.bank().bank().questions();
    }

    public MockLog mockLog() {
        return mockLog;
    }

    /** What the aspirant should know from start-up: recovered journal, bad settings, orphans (refused packs are
     * in {@link #loadedBank()}). */
    public List<String> startupNotices() {
        return List.copyOf(startupNotices);
    }

    /** Opens a folder in the desktop's file manager; the application sets it from its host services. */
    public void setFolderOpener(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    /** How the app closes itself, e.g. after a restore; the application sets it. */
    public void setExitRequest(Runnable exit) {
        this.exitRequest = exit;
    }

    public SettingsViewModel.DataActions dataActions() {
        return new AppDataActions(this);
    }

    Consumer<Path> folderOpener() {
        return folderOpener;
    }

    Runnable exitRequest() {
        return exitRequest;
    }

    Backups backups() {
        return backups;
    }

    ProgressStore store() {
        return store;
    }

    /**
     * The day's first start backs up the data folder: called once the first frame is on screen, because on two cores
     * even a background thread zipping the journal delays Home. It runs off the UI thread and copies complete journal
     * lines only, so answers given meanwhile are safe (they go into tomorrow's backup). Not a daemon: closing the app
     * waits for the backup to finish rather than leave half a zip.
     */
    synchronized void startDailyBackup() {
        if (dailyBackup != null || backupsStopped) {
            return;
        }
        dailyBackup = new Thread(() -> {
            try {
                backups.dailyBackupIfDue().ifPresent(zip -> LOG.fine("Daily backup written to " + zip));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The daily backup of " + dataDir + " could not be written; your data is"
                        + " unchanged and the next start tries again", e);
            }
        }, "smriti-daily-backup");
        dailyBackup.start();
    }

    /**
     * A long journal tail was replayed (the app was not closed cleanly for a while): cache the state now, off the
     * UI thread, so the next start is quick even if this session ends in a crash too.
     */
    private void refreshSnapshotInBackground() {
        Thread writer = new Thread(() -> {
            try {
                store.writeSnapshot();
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.INFO, "Snapshot not refreshed; it is only a cache, the journal is intact", e);
            }
        }, "smriti-snapshot");
        writer.setDaemon(true);
        writer.start();
    }

    private void persist(Settings now) {
        try {
            settingsStore.save(now);
            store.append(new SettingsChangedEvent(clock.instant(), now));
        } catch (IOException e) {
            // Settings are re-applied from the screen next time; the failure must still be visible.
            LOG.log(Level.WARNING, "Could not save settings to " + settingsStore.file(), e);
            throw new UncheckedIOException("Could not save your settings in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the day's backup, which reads the folder, before the folder is closed or replaced; one not started
     * yet never starts.
     */
    void awaitDailyBackup() {
        Thread backup;
        synchronized (this) {
            backupsStopped = true;
            backup = dailyBackup;
        }
        if (backup == null) {
            return;
        }
        try {
            backup.join(30_000); // well under a second in practice
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        awaitDailyBackup();
        try {
            library.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The checked packs of " + dataDir + " were not refreshed; they are only a cache, and"
                    + " the next start validates the packs in full", e);
        }
        try {
            store.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the progress store in " + dataDir, e);
        }
    }
}
