package org.smriti.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for the startup benchmark: an empty JavaFX window, timed exactly as Smriti times itself. */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        // Through a plain main class, as Smriti's Launcher does, so both start the same way.
        Application.launch(App.class, args);
    }

    /** The empty window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 720));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("Bare window ready in " + ms + " ms");
                Platform.exit();
            }));
            stage.show();
        }
    }
}
