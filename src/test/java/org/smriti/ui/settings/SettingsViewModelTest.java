package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;

class SettingsViewModelTest {

    private final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final RecordingActions actions = new RecordingActions();
    private SettingsViewModel model;

    @BeforeEach
    void create() {
        model = new SettingsViewModel(settings, Path.of("/data/smriti"), actions);
    }

    @Test
    void showsTheCurrentValues() {
        assertThat(model.newPerDay.textProperty().get()).isEqualTo("20");
        assertThat(model.desiredRetention.textProperty().get()).isEqualTo("0.90");
        assertThat(model.learningSteps.textProperty().get()).isEqualTo("1m 10m");
        assertThat(model.rolloverHour.textProperty().get()).isEqualTo("4");
    }

    @Test
    void acceptedValueAppliesAtOnce() {
        model.newPerDay.textProperty().set("35");
        assertThat(model.newPerDay.commit()).isTrue();
        assertThat(settings.get().newPerDay()).isEqualTo(35);
        assertThat(model.newPerDay.errorProperty().get()).isEmpty();
    }

    @ParameterizedTest(name = "retention ''{0}'' -> {1}")
    @CsvSource({"0.85, 0.85", "85, 0.85", "85%, 0.85", "0.99, 0.99"})
    void retentionAcceptsFractionOrPercent(String typed, double expected) {
        model.desiredRetention.textProperty().set(typed);
        assertThat(model.desiredRetention.commit()).isTrue();
        assertThat(settings.get().desiredRetention()).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "newPerDay        | -1    | New cards a day must be a whole number from 0 to 9999, not '-1'.",
            "newPerDay        | lots  | New cards a day must be a whole number from 0 to 9999, not 'lots'.",
            "desiredRetention | 0.5   | Desired retention must be from 0.70 to 0.99",
            "desiredRetention | high  | Desired retention must be a number from 0.70 to 0.99.",
            "learningSteps    | 10    | Step '10' is not a duration like 1m, 10m, 1h or 1d.",
            "learningSteps    | ''    | Learning steps need at least one step",
            "rolloverHour     | 24    | Next day starts at must be a whole number from 0 to 23, not '24'.",
            "maximumInterval  | 0     | Maximum interval must be a whole number from 1 to 36500, not '0'.",
    })
    void badValueIsRefusedWithAMessageAndChangesNothing(String field, String typed, String message) {
        SettingField<?> f = field(field);
        f.textProperty().set(typed);
        assertThat(f.commit()).isFalse();
        assertThat(f.errorProperty().get()).contains(message);
        assertThat(settings.get()).isEqualTo(Settings.defaults());
    }

    @Test
    void togglesApplyAtOnce() {
        model.fuzzProperty().set(false);
        model.showStreakProperty().set(false);
        model.themeProperty().set(Theme.DARK);
        model.fontScaleProperty().set(150);
        model.examDateProperty().set(LocalDate.of(2027, 5, 23));
        Settings s = settings.get();
        assertThat(s.fuzz()).isFalse();
        assertThat(s.showStreak()).isFalse();
        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.fontScalePercent()).isEqualTo(150);
        assertThat(s.examDate()).isEqualTo(LocalDate.of(2027, 5, 23));
    }

    @Test
    void followsChangesMadeElsewhere() {
        settings.set(settings.get().toBuilder().relearningSteps(java.util.List.of(Duration.ofMinutes(5))).theme(Theme.DARK).build());
        model.relearningSteps.refresh();
        assertThat(model.relearningSteps.textProperty().get()).isEqualTo("5m");
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void backupReportsItsResult() {
        model.backupNow();
        assertThat(model.dataMessageProperty().get()).isEqualTo("Backed up to backup.zip");
    }

    @Test
    void failedRestoreSaysWhy() {
        model.restore(Path.of("/tmp/evil.zip"));
        assertThat(model.dataMessageProperty().get()).isEqualTo("Failed: evil.zip has an entry outside the folder");
    }

    private SettingField<?> field(String name) {
        switch (name) {
            case "newPerDay":
                return model.newPerDay;
            case "desiredRetention":
                return model.desiredRetention;
            case "learningSteps":
                return model.learningSteps;
            case "rolloverHour":
                return model.rolloverHour;
            case "maximumInterval":
                return model.maximumInterval;
            default:
                throw new IllegalArgumentException(name);
        }
    }

    @Test
    void exportToAnkiReportsItsResult() {
        model.exportAnki(Path.of("/tmp/deck.txt"));
        assertThat(model.dataMessageProperty().get()).isEqualTo("Wrote notes to deck.txt");
    }

    @Test
    void previewWithoutProblemsCanBeImported() {
        model.previewImport(Path.of("/tmp/good.csv"));
        assertThat(model.importPlanProperty().get().canImport()).isTrue();
        model.confirmImport();
        assertThat(actions.imported).containsExactly("good.csv");
        assertThat(model.dataMessageProperty().get()).isEqualTo("Imported good.csv");
        assertThat(model.importPlanProperty().get()).isNull();
    }

    @Test
    void previewWithProblemsCannotBeImported() {
        model.previewImport(Path.of("/tmp/bad.csv"));
        assertThat(model.importPlanProperty().get().problems()).containsExactly("bad.csv: row 2: prompt: missing");
        assertThatThrownBy(model::confirmImport).isInstanceOf(IllegalStateException.class);
        assertThat(actions.imported).isEmpty();
    }

    @Test
    void cancelledPreviewImportsNothing() {
        model.previewImport(Path.of("/tmp/good.csv"));
        model.cancelImport();
        assertThat(model.importPlanProperty().get()).isNull();
        assertThat(actions.imported).isEmpty();
    }

    private static final class RecordingActions implements SettingsViewModel.DataActions {
        final List<String> imported = new ArrayList<>();

        @Override
        public void openFolder(Path folder) {
        }

        @Override
        public String backupNow() {
            return "Backed up to backup.zip";
        }

        @Override
        public String restore(Path zip) {
            throw new IllegalArgumentException(zip.getFileName() + " has an entry outside the folder");
        }

        @Override
        public String exportAnki(Path file) {
            return "Wrote notes to " + file.getFileName();
        }

        @Override
        public SettingsViewModel.PreparedImport prepareImport(Path file) {
            String name = file.getFileName().toString();
            ImportPlan plan = name.startsWith("bad")
                    ? new ImportPlan(name, false, "1 problem", List.of(), List.of(), List.of(name + ": row 2: prompt: missing"))
                    : new ImportPlan(name, true, "1 question", List.of(), List.of("Q?"), List.of());
            return new SettingsViewModel.PreparedImport() {
                @Override
                public ImportPlan plan() {
                    return plan;
                }

                @Override
                public String save() {
                    imported.add(name);
                    return "Imported " + name;
                }
            };
        }
    }
}
