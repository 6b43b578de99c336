package org.smriti.ui.settings;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ProgressBar;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.ui.common.ErrorDialog;

/**
 * One slow computation at a time, off the UI thread: its progress, shown only once it has run for
 * {@link #PROGRESS_AFTER} (a bar that flashes for a moment only distracts), and a Cancel that stops it at its next
 * progress check. Results and failures arrive on the UI thread; those of a cancelled run never do. Every method
 * and property belongs to the UI thread.
 */
final class BackgroundRun {

    static final Duration PROGRESS_AFTER = Duration.ofMillis(500);

    /** The computation; it reports its progress and stops (throwing {@link CancellationException}) when told. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws IOException;
    }

    private final Workers workers;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper progressShown = new ReadOnlyBooleanWrapper(this, "progressShown");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper task = new ReadOnlyStringWrapper(this, "task", "");
    /** Numbers the runs, so that whatever a stopped run still sends is recognised and dropped. */
    private int run;
    private AtomicBoolean stop = new AtomicBoolean();

    BackgroundRun(Workers workers) {
        this.workers = workers;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the run has lasted {@link #PROGRESS_AFTER}, until it ends. */
    ReadOnlyBooleanProperty progressShownProperty() {
        return progressShown.getReadOnlyProperty();
    }

    /** 0..1, or −1 (a bar's "indeterminate") until the work first reports. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being computed, in words, e.g. "Fitting FSRS to your reviews…". */
    ReadOnlyStringProperty taskProperty() {
        return task.getReadOnlyProperty();
    }

    /**
     * Starts {@code work} in the background; then {@code done} gets its result, or {@code failed} a message for
     * the aspirant saying why it could not finish.
     *
     * @throws IllegalStateException when a run is under way (the screen offers no second one)
     */
    <T> void start(String what, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        if (running.get()) {
            throw new IllegalStateException("\"" + task.get() + "\" is still running");
        }
        int id = ++run;
        AtomicBoolean stopThis = new AtomicBoolean();
        stop = stopThis;
        task.set(what);
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        progressShown.set(false);
        running.set(true);
        workers.delay().after(PROGRESS_AFTER, () -> {
            if (id == run && running.get()) {
                progressShown.set(true);
            }
        });
        workers.background().execute(() -> {
            try {
                T result = work.run(reporter(id, stopThis));
                workers.ui().execute(() -> {
                    if (finish(id)) {
                        done.accept(result);
                    }
                });
            } catch (CancellationException e) {
                // Asked for by cancel(), which has already put the screen back; nothing to report.
            } catch (IOException | RuntimeException e) {
                workers.ui().execute(() -> {
                    if (finish(id)) {
                        failed.accept(ErrorDialog.readableMessage(e));
                    }
                });
            } catch (Error e) {
                // Let the app's uncaught-error handler show it, but free the screen for another try first.
                workers.ui().execute(() -> finish(id));
                throw e;
            }
        });
    }

    /** Stops the run under way at its next progress check; its result, if it still comes, is dropped. */
    void cancel() {
        if (running.get()) {
            stop.set(true);
            finish(run);
        }
    }

    /** Sends progress to the screen at most once per thousandth, so a fast loop cannot flood the UI thread. */
    private Progress reporter(int id, AtomicBoolean stopThis) {
        AtomicInteger shown = new AtomicInteger(-1);
        return fraction -> {
            int thousandths = (int) Math.round(1000 * Math.max(0, Math.min(1, fraction)));
            if (shown.getAndSet(thousandths) != thousandths) {
                workers.ui().execute(() -> {
                    if (id == run && running.get()) {
                        progress.set(thousandths / 1000.0);
                    }
                });
            }
            return !stopThis.get();
        };
    }

    /** Ends run {@code id} if it is the one under way; false when it was stopped or superseded. */
    private boolean finish(int id) {
        if (id != run || !running.get()) {
            return false;
        }
        running.set(false);
        progressShown.set(false);
        return true;
    }
}
