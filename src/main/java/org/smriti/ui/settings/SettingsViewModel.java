package org.smriti.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.StepFormat;
import org.smriti.core.settings.Theme;
import org.smriti.ui.common.WholeNumbers;

/** State of the Settings screen. Every accepted change is applied to the shared settings at once. */
public final class SettingsViewModel {

    /** The font sizes offered, as percentages of the normal size. */
    public static final List<Integer> FONT_SCALES = List.of(100, 110, 125, 150, 175);

    /** What the Settings screen can ask of the rest of the app. */
    public interface DataActions {
        /** Opens the data folder in the system's file manager. */
        void openFolder(Path folder);

        /** Writes a backup now and returns a one-line confirmation naming the file. */
        String backupNow();

        /** Restores from a backup zip and returns a one-line confirmation. */
        String restore(Path zip);

        /** Writes every question as an Anki text file and returns a one-line confirmation naming the file. */
        String exportAnki(Path file);

        /** Reads and checks a file to import (a pack, a CSV, an Anki text export) without saving anything. */
        PreparedImport prepareImport(Path file);
    }

    /** An import read and checked, waiting for the aspirant's yes. */
    public interface PreparedImport {
        ImportPlan plan();

        /** Saves it (only a plan that can import) and returns a one-line confirmation. */
        String save();
    }

    private final ObjectProperty<Settings> settings;
    private final Path dataDir;
    private final DataActions actions;

    final SettingField<Integer> newPerDay;
    final SettingField<Integer> reviewsPerDay;
    final SettingField<Double> desiredRetention;
    final SettingField<List<java.time.Duration>> learningSteps;
    final SettingField<List<java.time.Duration>> relearningSteps;
    final SettingField<Integer> maximumInterval;
    final SettingField<Integer> rolloverHour;

    private final BooleanProperty fuzz = new SimpleBooleanProperty(this, "fuzz");
    private final BooleanProperty shortTerm = new SimpleBooleanProperty(this, "shortTerm");
    private final BooleanProperty showStreak = new SimpleBooleanProperty(this, "showStreak");
    private final BooleanProperty mockFeedsReviews = new SimpleBooleanProperty(this, "mockFeedsReviews");
    private final BooleanProperty examMode = new SimpleBooleanProperty(this, "examMode");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Integer> fontScale = new SimpleObjectProperty<>(this, "fontScale");
    private final ObjectProperty<LocalDate> examDate = new SimpleObjectProperty<>(this, "examDate");
    private final ReadOnlyObjectWrapper<ImportPlan> importPlan = new ReadOnlyObjectWrapper<>(this, "importPlan");
    private PreparedImport prepared;
    private final ReadOnlyStringWrapper dataMessage = new ReadOnlyStringWrapper(this, "dataMessage", "");
    private boolean syncing;

    public SettingsViewModel(ObjectProperty<Settings> settings, Path dataDir, DataActions actions) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.actions = actions;
        newPerDay = new SettingField<>(settings, s -> Integer.toString(s.newPerDay()),
                t -> WholeNumbers.parse(t, "New cards a day", 0, 9999), Settings.Builder::newPerDay);
        reviewsPerDay = new SettingField<>(settings, s -> Integer.toString(s.reviewsPerDay()),
                t -> WholeNumbers.parse(t, "Reviews a day", 0, 99_999), Settings.Builder::reviewsPerDay);
        desiredRetention = new SettingField<>(settings,
                s -> String.format(Locale.ROOT, "%.2f", s.desiredRetention()),
                SettingsViewModel::retention, Settings.Builder::desiredRetention);
        learningSteps = new SettingField<>(settings, s -> StepFormat.format(s.learningSteps()),
                t -> steps(t, "Learning steps"), Settings.Builder::learningSteps);
        relearningSteps = new SettingField<>(settings, s -> StepFormat.format(s.relearningSteps()),
                t -> steps(t, "Relearning steps"), Settings.Builder::relearningSteps);
        maximumInterval = new SettingField<>(settings, s -> Integer.toString(s.maximumInterval()),
                t -> WholeNumbers.parse(t, "Maximum interval", 1, 36_500), Settings.Builder::maximumInterval);
        rolloverHour = new SettingField<>(settings, s -> Integer.toString(s.rolloverHour()),
                t -> WholeNumbers.parse(t, "Next day starts at", 0, 23), Settings.Builder::rolloverHour);

        syncFromSettings();
        settings.addListener((obs, old, now) -> syncFromSettings());
        fuzz.addListener((obs, old, now) -> update(b -> b.fuzz(now)));
        shortTerm.addListener((obs, old, now) -> update(b -> b.shortTerm(now)));
        showStreak.addListener((obs, old, now) -> update(b -> b.showStreak(now)));
        mockFeedsReviews.addListener((obs, old, now) -> update(b -> b.mockFeedsReviews(now)));
        examMode.addListener((obs, old, now) -> update(b -> b.examMode(now)));
        theme.addListener((obs, old, now) -> update(b -> b.theme(now)));
        fontScale.addListener((obs, old, now) -> update(b -> b.fontScalePercent(now)));
        examDate.addListener((obs, old, now) -> update(b -> b.examDate(now)));
    }

    public BooleanProperty fuzzProperty() {
        return fuzz;
    }

    public BooleanProperty shortTermProperty() {
        return shortTerm;
    }

    public BooleanProperty showStreakProperty() {
        return showStreak;
    }

    public BooleanProperty mockFeedsReviewsProperty() {
        return mockFeedsReviews;
    }

    public BooleanProperty examModeProperty() {
        return examMode;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Integer> fontScaleProperty() {
        return fontScale;
    }

    public ObjectProperty<LocalDate> examDateProperty() {
        return examDate;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The last result of a data action (backup written, restore done, or why it failed). */
    public ReadOnlyStringProperty dataMessageProperty() {
        return dataMessage.getReadOnlyProperty();
    }

    public void openFolder() {
        actions.openFolder(dataDir);
    }

    public void backupNow() {
        runDataAction(actions::backupNow);
    }

    public void restore(Path zip) {
        runDataAction(() -> actions.restore(zip));
    }

    public void exportAnki(Path file) {
        runDataAction(() -> actions.exportAnki(file));
    }

    /** What the file being previewed would import, or {@code null} when none is. */
    public ReadOnlyObjectProperty<ImportPlan> importPlanProperty() {
        return importPlan.getReadOnlyProperty();
    }

    /** Reads and checks {@code file}; the screen then shows the plan. Nothing is saved yet. */
    public void previewImport(Path file) {
        cancelImport();
        runDataAction(() -> {
            prepared = actions.prepareImport(file);
            importPlan.set(prepared.plan());
            return "";
        });
    }

    /** Saves the previewed import - only one without problems: an import is all or nothing. */
    public void confirmImport() {
        if (prepared == null || !prepared.plan().canImport()) {
            throw new IllegalStateException("no import without problems is being previewed");
        }
        PreparedImport saving = prepared;
        cancelImport();
        runDataAction(saving::save);
    }

    public void cancelImport() {
        prepared = null;
        importPlan.set(null);
    }

    private void runDataAction(java.util.function.Supplier<String> action) {
        try {
            dataMessage.set(action.get());
        } catch (RuntimeException e) {
            // The message is meant for the aspirant: the data layer words it with the file it concerns.
            dataMessage.set("Failed: " + e.getMessage());
        }
    }

    private void update(java.util.function.Consumer<Settings.Builder> change) {
        if (syncing) {
            return;
        }
        Settings.Builder b = settings.get().toBuilder();
        change.accept(b);
        Settings next = b.build();
        if (!next.equals(settings.get())) {
            settings.set(next);
        }
    }

    private void syncFromSettings() {
        syncing = true;
        try {
            Settings s = settings.get();
            fuzz.set(s.fuzz());
            shortTerm.set(s.shortTerm());
            showStreak.set(s.showStreak());
            mockFeedsReviews.set(s.mockFeedsReviews());
            examMode.set(s.examMode());
            theme.set(s.theme());
            fontScale.set(s.fontScalePercent());
            examDate.set(s.examDate());
        } finally {
            syncing = false;
        }
    }

    /** Accepts 0.9, 90 or 90%. */
    static double retention(String text) {
        String t = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Desired retention must be a number from 0.70 to 0.99.", e);
        }
        if (value > 1) {
            value /= 100;
        }
        if (value < 0.70 || value > 0.99) {
            throw new IllegalArgumentException("Desired retention must be from 0.70 to 0.99 (0.90 is usual).");
        }
        return value;
    }

    static List<java.time.Duration> steps(String text, String what) {
        List<java.time.Duration> steps = StepFormat.parse(text);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(what + " need at least one step, e.g. 10m.");
        }
        return steps;
    }
}
