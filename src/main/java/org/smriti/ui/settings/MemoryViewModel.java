package org.smriti.ui.settings;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.settings.Settings;

/**
 * State of Settings' "Your memory model": which weights schedule now, fitting them to the aspirant's reviews
 * (Apply only when they predict those reviews better), going back to the defaults, and the suggested retention.
 * The fits run in the background ({@link BackgroundRun}); a result waits in {@link #optimizationProperty()} or
 * {@link #suggestionProperty()} until the aspirant chooses. Choices are ordinary settings changes, which the app
 * journals and saves. Every method belongs to the UI thread.
 */
public final class MemoryViewModel {

    static final String DEFAULT_WEIGHTS = "FSRS-6 default weights";
    static final String FITTED_WEIGHTS = "Weights fitted to your reviews";

    private final ObjectProperty<Settings> settings;
    private final MemoryPorts ports;
    private final BackgroundRun run;
    private final ReadOnlyBooleanWrapper fitted = new ReadOnlyBooleanWrapper(this, "fitted");
    private final ReadOnlyStringWrapper weightsInUse = new ReadOnlyStringWrapper(this, "weightsInUse");
    private final ReadOnlyObjectWrapper<OptimizationReport> optimization =
            new ReadOnlyObjectWrapper<>(this, "optimization");
    private final ReadOnlyObjectWrapper<RetentionSuggestion> suggestion =
            new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param settings the app's settings: applying weights or a retention changes them
     * @param ports    the memory model over the aspirant's journal
     * @param workers  where the slow work runs
     */
    public MemoryViewModel(ObjectProperty<Settings> settings, MemoryPorts ports, Workers workers) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.run = new BackgroundRun(workers);
        showWeightsInUse(settings.get());
        settings.addListener((obs, old, now) -> showWeightsInUse(now));
    }

    /** True when weights fitted to the aspirant's reviews schedule now (so there are defaults to go back to). */
    public ReadOnlyBooleanProperty fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    /** Which weights schedule now, in words. */
    public ReadOnlyStringProperty weightsInUseProperty() {
        return weightsInUse.getReadOnlyProperty();
    }

    /** True while a fit or a simulation runs (the screen offers no second one meanwhile). */
    public ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    /** True once the run has lasted half a second: only then is a progress bar (and Cancel) worth showing. */
    public ReadOnlyBooleanProperty progressShownProperty() {
        return run.progressShownProperty();
    }

    /** 0..1, or −1 until the run first reports. */
    public ReadOnlyDoubleProperty progressProperty() {
        return run.progressProperty();
    }

    /** What is running, in words. */
    public ReadOnlyStringProperty taskProperty() {
        return run.taskProperty();
    }

    /** A fit waiting for Apply or Keep; null otherwise. */
    public ReadOnlyObjectProperty<OptimizationReport> optimizationProperty() {
        return optimization.getReadOnlyProperty();
    }

    /** A suggested retention waiting for Use or Close; null otherwise. */
    public ReadOnlyObjectProperty<RetentionSuggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Fits the weights to the aspirant's reviews in the background; the result then waits for Apply or Keep. */
    public void optimize() {
        message.set("");
        run.start("Fitting FSRS to your reviews…", ports::optimize,
                result -> optimization.set(new OptimizationReport(result)),
                problem -> message.set("Could not fit the weights: " + problem));
    }

    /** Simulates a year of study at each desired retention in the background; the result then waits for Use. */
    public void suggestRetention() {
        message.set("");
        run.start("Simulating a year of study at each retention…", ports::suggestRetention,
                result -> suggestion.set(new RetentionSuggestion(result, settings.get().desiredRetention())),
                problem -> message.set("Could not simulate your study: " + problem));
    }

    /** Stops the run under way; nothing changes. */
    public void cancel() {
        if (run.runningProperty().get()) {
            run.cancel();
            message.set("Stopped. Nothing was changed.");
        }
    }

    /** Schedules with the fitted weights from now on. */
    public void applyFitted() {
        OptimizationReport report = optimization.get();
        if (report == null || !report.canApply()) {
            throw new IllegalStateException("no fit that predicts the reviews better is waiting to be applied");
        }
        optimization.set(null);
        change(b -> b.fsrsWeights(report.result().fit().parameters()));
        message.set("The weights fitted to your reviews schedule from now on. Back to default weights undoes it.");
    }

    /** Leaves the weights in use as they are. */
    public void keepCurrent() {
        if (optimization.get() != null) {
            optimization.set(null);
            message.set("The weights in use stay.");
        }
    }

    /** Schedules with the FSRS-6 default weights again. */
    public void backToDefaults() {
        change(b -> b.fsrsWeights(null));
        message.set("The FSRS-6 default weights schedule from now on.");
    }

    /** Sets the desired retention to the suggestion. */
    public void useSuggested() {
        RetentionSuggestion s = suggestion.get();
        if (s == null) {
            throw new IllegalStateException("no suggested retention is waiting");
        }
        suggestion.set(null);
        change(b -> b.desiredRetention(s.best()));
        message.set("Desired retention set to " + RetentionSuggestion.retention(s.best()) + ".");
    }

    public void closeSuggestion() {
        suggestion.set(null);
    }

    private void change(UnaryOperator<Settings.Builder> change) {
        settings.set(change.apply(settings.get().toBuilder()).build());
    }

    private void showWeightsInUse(Settings s) {
        fitted.set(s.fsrsWeights() != null);
        weightsInUse.set(fitted.get() ? FITTED_WEIGHTS : DEFAULT_WEIGHTS);
    }
}
