package org.smriti.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smriti.core.settings.Settings;
import org.smriti.data.DataLocation;
import org.smriti.ui.settings.SettingsViewModel;

/**
 * The composition root: creates every service once, with constructors, and hands them to the screens.
 * Tests build one on a temporary folder and a fixed clock.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Clock clock;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(this, "settings", Settings.defaults());
    private Consumer<Path> folderOpener = folder -> { };

    public AppContext(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public static AppContext open(StartupOptions options) {
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

    /** Opens a folder in the desktop's file manager; the application sets it from its host services. */
    public void setFolderOpener(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    public SettingsViewModel.DataActions dataActions() {
        return new SettingsViewModel.DataActions() {
            @Override
            public void openFolder(Path folder) {
                folderOpener.accept(folder);
            }

            @Override
            public String backupNow() {
                throw new IllegalStateException("Backups are not available in this build yet.");
            }

            @Override
            public String restore(Path zip) {
                throw new IllegalStateException("Restoring is not available in this build yet.");
            }
        };
    }

    @Override
    public void close() {
        // Nothing to release yet; the progress store will be closed here.
    }
}
