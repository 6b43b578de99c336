package org.smriti.ui.settings;

import static org.smriti.ui.settings.SettingsLayout.grid;
import static org.smriti.ui.settings.SettingsLayout.hint;
import static org.smriti.ui.settings.SettingsLayout.label;
import static org.smriti.ui.settings.SettingsLayout.section;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.smriti.core.settings.Theme;
import org.smriti.ui.common.Pages;
import org.smriti.ui.shell.Page;

/** The Settings screen: binds to {@link SettingsViewModel}; every control applies its change at once. */
public final class SettingsPage implements Page {

    private final SettingsViewModel model;
    private final ScrollPane root;

    public SettingsPage(SettingsViewModel model, MemoryViewModel memory) {
        this.model = model;
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label("Changes apply at once and are saved. A value that cannot be used is refused with a reason.");
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        VBox content = new VBox(18, title, intro,
                section("Daily study", studyGrid()),
                section("Scheduler (FSRS)", schedulerGrid()),
                section("Your memory model", new MemorySection(memory).view()),
                section("Mock tests", mockGrid()),
                section("Appearance", appearanceGrid()),
                section("Your data", dataGrid()));
        root = Pages.scrolling(content, "page-settings", 900);
        // The same 900 px at the normal font size, but growing with the font so that large text is not cramped.
        content.setStyle("-fx-max-width: 64em;");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        for (SettingField<?> f : new SettingField<?>[] {model.newPerDay, model.reviewsPerDay, model.desiredRetention,
                model.learningSteps, model.relearningSteps, model.maximumInterval, model.rolloverHour}) {
            f.refresh();
        }
    }

    private GridPane studyGrid() {
        GridPane g = grid();
        textRow(g, 0, "New cards a day", "settings-new-per-day", model.newPerDay, "Default 20.");
        textRow(g, 1, "Reviews a day (at most)", "settings-reviews-per-day", model.reviewsPerDay, "Default 200.");
        textRow(g, 2, "Next day starts at (hour)", "settings-rollover", model.rolloverHour,
                "0–23, your local time. Default 4: reviews after midnight still count for the day before.");
        CheckBox streak = new CheckBox("Show days studied in a row on Home");
        streak.setId("settings-show-streak");
        streak.setWrapText(true);
        streak.selectedProperty().bindBidirectional(model.showStreakProperty());
        g.add(streak, 1, 3, 2, 1);
        DatePicker exam = new DatePicker();
        exam.setId("settings-exam-date");
        exam.valueProperty().bindBidirectional(model.examDateProperty());
        exam.setPrefWidth(150);
        Button clear = new Button("Clear");
        clear.setId("settings-exam-date-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.examDateProperty().set(null));
        g.add(label("Exam date", exam), 0, 4);
        g.add(new HBox(8, exam, clear), 1, 4);
        g.add(hint("Home counts down to it; Stats predicts your recall on the day."), 2, 4);
        CheckBox examMode = new CheckBox("Exam mode: raise retention over the last 30 days and introduce every card "
                + "before the exam");
        examMode.setId("settings-exam-mode");
        examMode.setWrapText(true);
        examMode.selectedProperty().bindBidirectional(model.examModeProperty());
        examMode.disableProperty().bind(model.examDateProperty().isNull());
        g.add(examMode, 1, 5, 2, 1);
        return g;
    }

    private GridPane schedulerGrid() {
        GridPane g = grid();
        textRow(g, 0, "Desired retention", "settings-retention", model.desiredRetention,
                "0.70–0.99. Higher means more reviews and better recall. Default 0.90.");
        textRow(g, 1, "Learning steps", "settings-learning-steps", model.learningSteps, "e.g. 1m 10m");
        textRow(g, 2, "Relearning steps", "settings-relearning-steps", model.relearningSteps, "e.g. 10m");
        textRow(g, 3, "Maximum interval (days)", "settings-max-interval", model.maximumInterval, "1–36500.");
        CheckBox fuzz = new CheckBox("Fuzz intervals slightly, so cards learnt together are not always due together");
        fuzz.setId("settings-fuzz");
        fuzz.selectedProperty().bindBidirectional(model.fuzzProperty());
        fuzz.setWrapText(true);
        g.add(fuzz, 1, 4, 2, 1);
        CheckBox shortTerm = new CheckBox("Use learning steps for new and forgotten cards (short-term scheduling)");
        shortTerm.setId("settings-short-term");
        shortTerm.selectedProperty().bindBidirectional(model.shortTermProperty());
        shortTerm.setWrapText(true);
        g.add(shortTerm, 1, 5, 2, 1);
        return g;
    }

    private GridPane mockGrid() {
        GridPane g = grid();
        CheckBox feeds = new CheckBox(
                "Mock answers feed daily review (wrong = Again; right on a due card = Good)");
        feeds.setId("settings-mock-feeds");
        feeds.setWrapText(true);
        feeds.selectedProperty().bindBidirectional(model.mockFeedsReviewsProperty());
        g.add(feeds, 1, 0, 2, 1);
        return g;
    }

    private GridPane appearanceGrid() {
        GridPane g = grid();
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("settings-theme-light");
        light.setUserData(Theme.LIGHT);
        RadioButton dark = new RadioButton("Dark");
        dark.setId("settings-theme-dark");
        dark.setUserData(Theme.DARK);
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        Runnable select = () -> themes.selectToggle(model.themeProperty().get() == Theme.DARK ? dark : light);
        select.run();
        model.themeProperty().addListener((obs, old, now) -> select.run());
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.themeProperty().set((Theme) now.getUserData());
            }
        });
        g.add(label("Theme", light), 0, 0);
        g.add(new HBox(16, light, dark), 1, 0);

        ComboBox<Integer> font = new ComboBox<>();
        font.getItems().setAll(SettingsViewModel.FONT_SCALES);
        font.setId("settings-font-scale");
        font.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value + " %";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("%", "").trim());
            }
        });
        font.valueProperty().bindBidirectional(model.fontScaleProperty());
        g.add(label("Font size", font), 0, 1);
        g.add(font, 1, 1);
        g.add(hint("Every screen scales with it."), 2, 1);
        return g;
    }

    private GridPane dataGrid() {
        GridPane g = grid();
        TextField folder = new TextField(model.dataDir().toString());
        folder.setEditable(false);
        folder.setId("settings-data-folder");
        Button open = new Button("Open folder");
        open.setId("settings-open-folder");
        open.setOnAction(e -> model.openFolder());
        g.add(label("Data folder", folder), 0, 0);
        g.add(folder, 1, 0);
        g.add(open, 2, 0);
        Button backup = new Button("Back up now");
        backup.setId("settings-backup");
        backup.setOnAction(e -> model.backupNow());
        Button restore = new Button("Restore from backup…");
        restore.setId("settings-restore");
        restore.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Restore Smriti data from a backup");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Smriti backup (*.zip)", "*.zip"));
            File zip = chooser.showOpenDialog(root.getScene().getWindow());
            if (zip != null) {
                model.restore(zip.toPath());
            }
        });
        g.add(new HBox(8, backup, restore), 1, 1, 2, 1);
        Button exportAnki = new Button("Export to Anki…");
        exportAnki.setId("settings-export-anki");
        exportAnki.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export every question for Anki");
            chooser.setInitialFileName("smriti-anki.txt");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Anki text file (*.txt)", "*.txt"));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.exportAnki(file.toPath());
            }
        });
        Button importPack = new Button("Import Anki deck or pack…");
        importPack.setId("settings-import");
        importPack.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import an Anki deck or a question pack");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Anki notes in plain text, question packs (*.txt, *.json, *.csv)",
                            "*.txt", "*.json", "*.csv"),
                    new FileChooser.ExtensionFilter("Anki: Export → Notes in Plain Text (*.txt)", "*.txt"),
                    new FileChooser.ExtensionFilter("Question pack (*.json, *.csv)", "*.json", "*.csv"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                importFile(file.toPath());
            }
        });
        g.add(new HBox(8, exportAnki, importPack), 1, 2, 2, 1);
        Label message = new Label();
        message.setId("settings-data-message");
        message.setWrapText(true);
        message.textProperty().bind(model.dataMessageProperty());
        g.add(message, 1, 3, 2, 1);
        return g;
    }

    /** Previews {@code file} and, if the aspirant confirms, imports it (also what dropping a file on the window does). */
    public void importFile(Path file) {
        model.previewImport(file);
        showImportPreview();
    }

    private void showImportPreview() {
        ImportPlan plan = model.importPlanProperty().get();
        if (plan == null) {
            return; // the file could not be read; the data message says why
        }
        Optional<ButtonType> choice = ImportPreviewView.dialog(plan, root.getScene().getWindow()).showAndWait();
        if (choice.filter(ImportPreviewView.IMPORT::equals).isPresent()) {
            model.confirmImport();
        } else {
            model.cancelImport();
        }
    }

    private static void textRow(GridPane g, int row, String name, String id, SettingField<?> field, String help) {
        TextField input = new TextField();
        input.setId(id);
        input.setPrefColumnCount(10);
        input.textProperty().bindBidirectional(field.textProperty());
        input.setOnAction(e -> field.commit());
        input.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                field.commit();
            }
        });
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        input.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        field.errorProperty().addListener((obs, old, now) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        g.add(label(name, input), 0, row);
        g.add(input, 1, row);
        g.add(new VBox(2, hint(help), error), 2, row);
    }
}
