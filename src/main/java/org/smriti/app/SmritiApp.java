package org.smriti.app;

import java.io.IOException;
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

    private AppContext context;
    private boolean errorShowing;

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUncaught(stage, error));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUncaught(stage, error));

        try {
            context = AppContext.open(options);
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
        context.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        context.setExitRequest(() -> Platform.runLater(Platform::exit));
        MainWindow window = new MainWindow(context);
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
