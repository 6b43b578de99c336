package org.smriti.ui.settings;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Where the memory model's slow work runs: one background thread, the UI thread for its results, and a delayed
 * action on the UI thread. Injected so that tests run it all on their own thread, step by step.
 *
 * @param background runs the computations
 * @param ui         runs what changes the screen
 * @param delay      runs an action on the UI thread after a wait
 */
public record Workers(Executor background, Executor ui, Delay delay) {

    /** Runs an action on the UI thread after a wait; called on the UI thread. */
    @FunctionalInterface
    public interface Delay {
        void after(Duration wait, Runnable action);
    }

    /**
     * The app's: one low-priority daemon thread for the computations (so two of them never compete for the
     * machine's cores, and a run still going never keeps the app from quitting), JavaFX's thread for the rest.
     */
    public static Workers javafx() {
        Executor background = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "smriti-memory-model");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return new Workers(background, Platform::runLater, (wait, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        });
    }
}
