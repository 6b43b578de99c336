package org.smriti.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.smriti.app.FirstFrame;

/**
 * The baseline for the start-up benchmark: an empty JavaFX window, timed exactly as Smriti times itself.
 * {@code bench/startup.sh --packaged} packages it with the app's own jlinked runtime and JavaFX jars.
 */
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
                System.out.println("Bare window ready in " + FirstFrame.millisSinceJvmStart() + " ms");
                System.out.println("Bare window " + FirstFrame.figures());
                Platform.exit();
            }));
            stage.show();
        }
    }
}
