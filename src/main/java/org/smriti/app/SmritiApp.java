package org.smriti.app;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.smriti.data.DataDirLockedException;
import org.smriti.ui.common.ErrorDialog;

/** The JavaFX application: parses options, wires the app through {@link AppContext}, shows the window. */
public final class SmritiApp extends Application {

    private static final Logger LOG = Logger.getLogger(SmritiApp.class.getName());
    /**
     * JavaFX warns at every start that it runs from the class path rather than as modules, which is how Smriti ships
     * it (the app's class-data archive needs the class path): not news to the aspirant, so that one message is
     * dropped; JavaFX's others still show. Held here, as the logging framework keeps loggers only while someone does.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    /**
     * The data folder being opened while JavaFX starts; see {@link #launch}. Null when the JVM started this class
     * itself (java's launcher can start an {@code Application}): then {@link #start} opens the folder.
     */
    private static volatile FutureTask<AppContext> opening;

    private AppContext context;
    private boolean errorShowing;

    /**
     * Starts opening the data folder on a thread of its own, then JavaFX: reading the journal, the notes and the
     * own cards needs no toolkit, so it runs while the toolkit starts instead of after it (the window waits for it
     * in {@link #start}, so Home still shows the real counts in its first frame).
     */
    public static void launch(StartupOptions options, String[] args) {
        JAVAFX.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
        FutureTask<AppContext> task = new FutureTask<>(() -> AppContext.open(options));
        Thread opener = new Thread(task, "smriti-open");
        opener.setDaemon(true); // should JavaFX fail to start, the process still ends
        opener.start();
        opening = task;
        Application.launch(SmritiApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUncaught(stage, error));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUncaught(stage, error));

        MainWindow window;
        try {
            window = new MainWindow(() -> opening != null ? opened(opening) : AppContext.open(options));
        } catch (DataDirLockedException e) {
            refuseToStart("Smriti is already open", e.getMessage()
                    + "\n\nUse the window that is already open, or close it first. Nothing was changed.");
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up failed", e);
            ErrorDialog.create(null, "Smriti could not open its data folder", e).showAndWait();
            Platform.exit();
            return;
        }
        context = window.context();
        context.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        context.setExitRequest(() -> Platform.runLater(Platform::exit));
        window.attach(stage);
        stage.setOnShown(e -> Platform.runLater(() -> {
            // Logged after the first pulse that showed the window, so it is the time the aspirant waits.
            System.out.println("Smriti ready in " + FirstFrame.millisSinceJvmStart() + " ms");
            if (options.exitAfterStartup()) {
                System.out.println("Smriti " + FirstFrame.figures());
                Platform.exit();
            }
            context.startDailyBackup(); // now, not before: nothing on the first frame needs it
        }));
        stage.show();
    }

    /** What the opening thread made, or threw. */
    private static AppContext opened(FutureTask<AppContext> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the data folder", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        ClassArchive.refreshIfUnusable();
    }

    private static void refuseToStart(String header, String message) {
        System.err.println("smriti: " + message.replace("\n\n", " "));
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setTitle("Smriti");
        alert.setHeaderText(header);
        alert.showAndWait();
        Platform.exit();
    }

    private void reportUncaught(Stage stage, Throwable error) {
        LOG.log(Level.SEVERE, "Uncaught error", error);
        Runnable show = () -> {
            if (errorShowing) {
                return; // one dialog at a time: a failing animation must not stack hundreds of them
            }
            errorShowing = true;
            Alert alert = ErrorDialog.create(stage.isShowing() ? stage : null, "Smriti hit an unexpected error", error);
            alert.showAndWait();
            errorShowing = false;
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
