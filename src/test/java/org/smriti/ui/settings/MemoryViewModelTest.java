package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.smriti.core.settings.Settings;
import org.smriti.ui.settings.MemoryFixtures.FakePorts;
import org.smriti.ui.settings.MemoryFixtures.StepWorkers;

/** Settings' memory model: fitting, applying only what is better, going back, suggesting a retention, and runs. */
class MemoryViewModelTest {

    private final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final FakePorts ports = new FakePorts();
    private final StepWorkers steps = new StepWorkers();
    private final MemoryViewModel model = new MemoryViewModel(settings, ports, steps.workers());

    @Test
    void theDefaultWeightsScheduleAtFirstAndThereIsNothingToGoBackTo() {
        assertThat(model.weightsInUseProperty().get()).isEqualTo("FSRS-6 default weights");
        assertThat(model.fittedProperty().get()).isFalse();
    }

    @Test
    void aFitWaitsWithItsFiguresAndApplyPutsItsWeightsInTheSettings() {
        model.optimize();
        steps.runBackground();
        steps.runUi();

        OptimizationReport report = model.optimizationProperty().get();
        assertThat(report.canApply()).isTrue();
        assertThat(report.rows()).extracting(OptimizationReport.Row::fitted).contains("0.3521", "2.43 %");
        assertThat(settings.get().fsrsWeights()).as("nothing applied before the aspirant says so").isNull();

        model.applyFitted();

        assertThat(settings.get().fsrsWeights()).isEqualTo(MemoryFixtures.FITTED);
        assertThat(model.optimizationProperty().get()).isNull();
        assertThat(model.weightsInUseProperty().get()).isEqualTo("Weights fitted to your reviews");
        assertThat(model.fittedProperty().get()).isTrue();
    }

    @Test
    void aFitThatDoesNotPredictBetterCannotBeApplied() {
        ports.fit = MemoryFixtures.notBetter();
        model.optimize();
        steps.runBackground();
        steps.runUi();

        assertThat(model.optimizationProperty().get().canApply()).isFalse();
        assertThatThrownBy(model::applyFitted).isInstanceOf(IllegalStateException.class);
        assertThat(settings.get()).isEqualTo(Settings.defaults());
    }

    @Test
    void keepLeavesTheWeightsInUse() {
        model.optimize();
        steps.runBackground();
        steps.runUi();

        model.keepCurrent();

        assertThat(model.optimizationProperty().get()).isNull();
        assertThat(settings.get()).isEqualTo(Settings.defaults());
        assertThat(model.messageProperty().get()).isEqualTo("The weights in use stay.");
    }

    @Test
    void backToDefaultsClearsTheFittedWeights() {
        settings.set(Settings.defaults().toBuilder().fsrsWeights(MemoryFixtures.FITTED).build());
        assertThat(model.fittedProperty().get()).isTrue();

        model.backToDefaults();

        assertThat(settings.get().fsrsWeights()).isNull();
        assertThat(model.fittedProperty().get()).isFalse();
        assertThat(model.weightsInUseProperty().get()).isEqualTo("FSRS-6 default weights");
    }

    @Test
    void theSuggestionIsTheLeastCostToTheHundredthAndUseSetsTheRetention() {
        model.suggestRetention();
        steps.runBackground();
        steps.runUi();

        RetentionSuggestion suggestion = model.suggestionProperty().get();
        assertThat(suggestion.best()).isEqualTo(0.86);
        assertThat(suggestion.useLabel()).isEqualTo("Use 0.86");
        assertThat(suggestion.current()).isEqualTo(0.90);

        model.useSuggested();

        assertThat(settings.get().desiredRetention()).isEqualTo(0.86);
        assertThat(model.suggestionProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Desired retention set to 0.86.");
    }

    @Test
    void closingTheSuggestionChangesNothing() {
        model.suggestRetention();
        steps.runBackground();
        steps.runUi();

        model.closeSuggestion();

        assertThat(model.suggestionProperty().get()).isNull();
        assertThat(settings.get()).isEqualTo(Settings.defaults());
    }

    @Test
    void theWorkRunsInTheBackgroundAndItsResultIsShownOnTheUiThread() {
        model.optimize();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(ports.steps).as("nothing computed on the calling thread").isZero();

        steps.runBackground();
        assertThat(ports.steps).isEqualTo(10);
        assertThat(model.optimizationProperty().get()).as("not until the UI thread shows it").isNull();

        steps.runUi();
        assertThat(model.optimizationProperty().get()).isNotNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theProgressBarShowsOnlyOnceTheRunHasLastedHalfASecond() {
        model.optimize();
        assertThat(steps.waits).containsExactly(Duration.ofMillis(500));
        assertThat(model.progressShownProperty().get()).isFalse();

        steps.elapse();
        assertThat(model.progressShownProperty().get()).isTrue();

        steps.runBackground();
        steps.runUi();
        assertThat(model.progressShownProperty().get()).isFalse();
    }

    @Test
    void aRunOverWithinHalfASecondNeverShowsTheProgressBar() {
        model.optimize();
        steps.runBackground();
        steps.runUi();

        steps.elapse();

        assertThat(model.progressShownProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheRunAtItsNextCheckAndChangesNothing() {
        model.optimize();
        steps.elapse();

        model.cancel();
        assertThat(model.runningProperty().get()).as("the screen is free at once").isFalse();
        assertThat(model.progressShownProperty().get()).isFalse();
        steps.runBackground();
        steps.runUi();

        assertThat(ports.steps).as("stopped at its first progress check").isZero();
        assertThat(model.optimizationProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Stopped. Nothing was changed.");
        assertThat(settings.get()).isEqualTo(Settings.defaults());
    }

    @Test
    void aResultOfACancelledRunArrivingLateIsDropped() {
        model.optimize();
        steps.runBackground();
        model.cancel();

        steps.runUi();

        assertThat(model.optimizationProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aRunAfterACancelledOneIsNotDisturbedByIt() {
        model.optimize();
        steps.elapse();
        model.cancel();
        model.suggestRetention();
        steps.runBackground();
        steps.runUi();

        assertThat(model.suggestionProperty().get()).isNotNull();
        assertThat(model.optimizationProperty().get()).isNull();
    }

    @Test
    void aSecondRunCannotStartWhileOneIsUnderWay() {
        model.optimize();

        assertThatThrownBy(model::suggestRetention).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Fitting FSRS to your reviews");
    }

    @Test
    void anUnreadableJournalIsExplainedAndTheScreenFreed() {
        ports.unreadable = new IOException("journal.jsonl: line 12: unexpected end of file");
        model.optimize();
        steps.runBackground();
        steps.runUi();

        assertThat(model.messageProperty().get())
                .isEqualTo("Could not fit the weights: journal.jsonl: line 12: unexpected end of file");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.optimizationProperty().get()).isNull();
    }
}
