package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.MainWindow;
import org.smriti.testsupport.AppWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings screen's Anki export and pack import, through the real composition root on a temporary folder. */
class SettingsInteropTest {

    private static final String CSV_HEADER = "prompt,answer,topic,source_doc,source_quote\n";
    private static final String SOURCE = ",defence,000_2b59ad7f4d9ca176.txt,JIMEX (naval)\n";

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();
    @TempDir
    Path downloads;

    private MainWindow window;
    private SettingsViewModel model;
    private final FxRobot robot = app.robot();

    @BeforeEach
    void open() throws Exception {
        window = app.open();
        model = new SettingsViewModel(window.context().settingsProperty(), app.dataDir(), window.context().dataActions());
    }


    @Test
    void dataSectionOffersAnkiExportAndImport() {
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-export-anki").queryButton().getText()).isEqualTo("Export to Anki…");
        assertThat(robot.lookup("#settings-import").queryButton().getText()).isEqualTo("Import Anki deck or pack…");
        assertThat(robot.lookup("#settings-backup").queryButton().getText()).isEqualTo("Back up now");
        assertThat(robot.lookup("#settings-restore").queryButton().getText()).isEqualTo("Restore from backup…");
    }

    @Test
    void exportToAnkiWritesTheFileAndSaysWhere() throws Exception {
        Path file = downloads.resolve("deck.txt");
        model.exportAnki(file);
        int questions = window.context().questions().size();
        assertThat(model.dataMessageProperty().get()).startsWith("Wrote " + questions
                + " notes for the Anki deck Smriti::India-Japan to " + file);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(7 + questions);
    }

    @Test
    void importedCsvIsSavedIntoPacksAfterThePreview() throws Exception {
        Path csv = Files.writeString(downloads.resolve("mine.csv"), CSV_HEADER + "JIMEX?,Naval." + SOURCE);
        model.previewImport(csv);
        ImportPlan preview = model.importPlanProperty().get();
        assertThat(preview.problems()).isEmpty();
        assertThat(app.dataDir().resolve("packs/mine.json")).doesNotExist();
        model.confirmImport();
        assertThat(app.dataDir().resolve("packs/mine.json")).exists();
        assertThat(model.dataMessageProperty().get()).startsWith("Imported 1 question (1 flashcard) from mine.csv into ")
                .endsWith("They are in today's review now.");
        assertThat(window.context().study().bank().questions()).anyMatch(q -> q.prompt().equals("JIMEX?"));
    }

    @Test
    void anAnkiDeckBecomesOwnCardsStudiedAtOnce() throws Exception {
        Path deck = Files.writeString(downloads.resolve("upsc.txt"), "#separator:tab\n#html:false\n"
                + "#notetype column:1\n#deck column:2\n"
                + "Basic\tUPSC::Polity\tWhich Article protects life and liberty?\tArticle 21\n"
                + "Cloze\tUPSC::Polity\tThe Constitution came into force in {{c1::1950}}.\t\n");
        model.previewImport(deck);
        ImportPlan plan = model.importPlanProperty().get();
        assertThat(plan.canImport()).as(String.join("\n", plan.problems())).isTrue();
        assertThat(plan.summary()).contains("2 notes", "2 cards");

        model.confirmImport();

        assertThat(window.context().study().bank().questions()).extracting(q -> q.prompt())
                .contains("Which Article protects life and liberty?", "The Constitution came into force in […].");
        assertThat(window.context().study().dailyQueue().upcoming(window.context().study().now()))
                .anyMatch(id -> id.startsWith("my-anki-"));
    }

    @Test
    void previewShowsMarkupAsPlainTextInLabels() throws Exception {
        Path csv = Files.writeString(downloads.resolve("mine.csv"),
                CSV_HEADER + "<b>Bold</b> <script>alert(1)</script>?,Naval." + SOURCE);
        model.previewImport(csv);
        VBox content = ImportPreviewView.content(model.importPlanProperty().get());
        List<String> prompts = ((VBox) content.lookup("#import-prompts")).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(prompts).containsExactly("<b>Bold</b> <script>alert(1)</script>?");
        assertThat(((Label) content.lookup("#import-summary")).getText())
                .isEqualTo("1 question (1 flashcard) will be saved as packs/mine.json and studied at once.");
    }

    @Test
    void previewWithProblemsListsThemAndDisablesImport() throws Exception {
        Path csv = Files.writeString(downloads.resolve("bad.csv"), CSV_HEADER + ",Naval." + SOURCE);
        model.previewImport(csv);
        ImportPlan preview = model.importPlanProperty().get();
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() ->
                ImportPreviewView.dialog(preview, window.scene().getWindow())).get();
        Node importButton = dialog.getDialogPane().lookupButton(ImportPreviewView.IMPORT);
        assertThat(importButton.isDisabled()).isTrue();
        ScrollPane scroll = (ScrollPane) dialog.getDialogPane().getContent().lookup("#import-problems-scroll");
        VBox problems = (VBox) scroll.getContent();
        assertThat(problems.getChildrenUnmodifiable()).extracting(n -> ((Label) n).getText())
                .containsExactly("bad.csv: row 2: prompt: missing");
        assertThat(app.dataDir().resolve("packs")).doesNotExist();
    }

    @Test
    void missingFileIsAProblemOfThePreview() {
        model.previewImport(downloads.resolve("gone.csv"));
        assertThat(model.importPlanProperty().get().problems()).containsExactly("gone.csv: no such file");
    }
}
