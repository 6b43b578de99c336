package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.PageStage;
import org.smriti.testsupport.Screenshots;
import org.smriti.ui.settings.MemoryFixtures.FakePorts;
import org.smriti.ui.settings.MemoryFixtures.StepWorkers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Your memory model" on the Settings screen: its buttons, progress and Cancel, and the dialogs of its results. */
class MemorySectionTest {

    private final FxRobot robot = new FxRobot();
    private final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final FakePorts ports = new FakePorts();

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void optimiseShowsTheFiguresAndApplyPutsTheFittedWeightsInUse() throws Exception {
        show(StepWorkers.direct());

        click("#memory-optimize");

        assertThat(text("#optimize-summary")).startsWith("2,315 reviews of 150 cards gave 1,842 items");
        GridPane figures = robot.lookup("#optimize-figures").queryAs(GridPane.class);
        assertThat(figures.getChildren()).extracting(n -> ((Label) n).getText())
                .contains("Log loss, all reviews", "0.3894", "0.3521", "RMSE (bins), held out", "7.50 %", "3.10 %");
        assertThat(robot.lookup("#optimize-weights").queryAs(TextArea.class).getText()).startsWith("0.1000, 0.4000");
        assertThat(button("#optimize-apply").isDisabled()).isFalse();

        click("#optimize-apply");

        assertThat(settings.get().fsrsWeights()).isEqualTo(MemoryFixtures.FITTED);
        assertThat(robot.lookup("#optimize-dialog").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(text("#memory-weights-in-use")).isEqualTo("Weights fitted to your reviews");
        assertThat(button("#memory-defaults").isDisabled()).isFalse();
    }

    @Test
    void applyIsOffWhenTheFittedWeightsPredictNoBetterAndTheDialogSaysWhy() throws Exception {
        ports.fit = MemoryFixtures.notBetter();
        show(StepWorkers.direct());

        click("#memory-optimize");

        assertThat(button("#optimize-apply").isDisabled()).isTrue();
        assertThat(text("#optimize-apply-note")).startsWith("Apply is off: the fitted weights do not lower the log loss");
        click("#optimize-keep");
        assertThat(settings.get()).isEqualTo(Settings.defaults());
        assertThat(text("#memory-message")).isEqualTo("The weights in use stay.");
    }

    @Test
    void tooFewReviewsAreSaidPlainlyWithOnlyClose() throws Exception {
        ports.fit = MemoryFixtures.tooFew();
        show(StepWorkers.direct());

        click("#memory-optimize");

        assertThat(text("#optimize-summary")).contains("That is too few to fit anything");
        DialogPane pane = robot.lookup("#optimize-dialog").queryAs(DialogPane.class);
        assertThat(pane.getButtonTypes()).hasSize(1);
        assertThat(robot.lookup("#optimize-figures").tryQuery()).isEmpty();
        click("#optimize-close");
        assertThat(settings.get()).isEqualTo(Settings.defaults());
    }

    @Test
    void backToDefaultsAsksOnceThenTheDefaultWeightsSchedule() throws Exception {
        settings.set(Settings.defaults().toBuilder().fsrsWeights(MemoryFixtures.FITTED).build());
        show(StepWorkers.direct());
        assertThat(text("#memory-weights-in-use")).isEqualTo("Weights fitted to your reviews");

        click("#memory-defaults");
        DialogPane confirm = robot.lookup("#memory-defaults-dialog").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Schedule with the FSRS-6 default weights again?");
        robot.clickOn((Node) confirm.lookupButton(MemorySection.BACK_TO_DEFAULTS));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(settings.get().fsrsWeights()).isNull();
        assertThat(text("#memory-weights-in-use")).isEqualTo("FSRS-6 default weights");
        assertThat(button("#memory-defaults").isDisabled()).as("nothing to go back from").isTrue();
    }

    @Test
    void suggestChartsTheCostAndUseSetsTheRetention() throws Exception {
        show(StepWorkers.direct());

        click("#memory-suggest");

        assertThat(text("#retention-summary")).startsWith("A desired retention of 0.86 costs the least study");
        LineChart<?, ?> chart = robot.lookup("#retention-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Study per card remembered", "Suggested: 0.86", "Your setting: 0.90");
        assertThat(chart.getData().get(0).getData()).hasSize(26);
        assertThat(button("#retention-use").getText()).isEqualTo("Use 0.86");

        click("#retention-use");

        assertThat(settings.get().desiredRetention()).isEqualTo(0.86);
        assertThat(text("#memory-message")).isEqualTo("Desired retention set to 0.86.");
    }

    @Test
    void theProgressBarAndCancelAppearAfterHalfASecondAndCancelStopsTheRun() throws Exception {
        StepWorkers steps = new StepWorkers();
        Scene scene = show(steps.workers());

        click("#memory-optimize");
        Node row = robot.lookup("#memory-progress-row").query();
        assertThat(row.isVisible()).isFalse();
        assertThat(button("#memory-suggest").isDisabled()).as("one run at a time").isTrue();

        robot.interact(steps::elapse);
        assertThat(row.isVisible()).isTrue();
        if (Screenshots.enabled()) {
            Screenshots.save(scene, "settings-memory-progress");
        }

        click("#memory-cancel");
        robot.interact(() -> {
            steps.runBackground();
            steps.runUi();
        });

        assertThat(row.isVisible()).isFalse();
        assertThat(ports.steps).isZero();
        assertThat(text("#memory-message")).isEqualTo("Stopped. Nothing was changed.");
        assertThat(button("#memory-optimize").isDisabled()).isFalse();
        assertThat(robot.lookup("#optimize-dialog").tryQuery()).isEmpty();
    }

    @ParameterizedTest(name = "{0} theme, font {1} %")
    @CsvSource({"LIGHT, 100", "DARK, 100", "LIGHT, 175", "DARK, 175"})
    void theDialogsFitALaptopScreen(Theme theme, int fontScale) throws Exception {
        settings.set(Settings.defaults().toBuilder().theme(theme).fontScalePercent(fontScale).build());
        Scene page = show(StepWorkers.direct());
        String name = theme.name().toLowerCase() + "-" + fontScale;
        if (Screenshots.enabled()) {
            Screenshots.save(page, "settings-memory-" + name);
        }

        for (String[] dialog : List.of(new String[] {"#memory-optimize", "#optimize-dialog", "#optimize-keep"},
                new String[] {"#memory-suggest", "#retention-dialog", "#retention-close"})) {
            click(dialog[0]);
            DialogPane pane = robot.lookup(dialog[1]).queryAs(DialogPane.class);
            Window window = pane.getScene().getWindow();
            if (Screenshots.enabled()) {
                Screenshots.save(pane.getScene(), dialog[1].substring(1) + "-" + name);
            }
            assertThat(window.getHeight()).as(dialog[1] + " height").isLessThanOrEqualTo(768);
            assertThat(window.getWidth()).as(dialog[1] + " width").isLessThanOrEqualTo(1366);
            assertThat(pane.getContent().getBoundsInLocal().getHeight())
                    .as("content not squeezed").isGreaterThanOrEqualTo(((Region) pane.getContent())
                            .prefHeight(pane.getContent().getBoundsInLocal().getWidth()) - 1);
            click(dialog[2]);
        }
    }

    /** The Settings screen on the test's settings and memory model, scrolled to "Your memory model". */
    private Scene show(Workers workers) throws Exception {
        Scene scene = PageStage.show(() -> new SettingsPage(new SettingsViewModel(settings, Path.of("/data/smriti"),
                new NoDataActions()), new MemoryViewModel(settings, ports, workers)),
                settings.get().theme(), settings.get().fontScalePercent());
        PageStage.scrollTo(scene.lookup("#memory-weights-in-use"));
        return scene;
    }

    private void click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private Button button(String id) {
        return robot.lookup(id).queryButton();
    }

    /** These tests never reach the data folder. */
    private static final class NoDataActions implements SettingsViewModel.DataActions {
        @Override
        public void openFolder(Path folder) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String backupNow() {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String restore(Path zip) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public String exportAnki(Path file) {
            throw new AssertionError("not part of this test");
        }

        @Override
        public SettingsViewModel.PreparedImport prepareImport(Path file) {
            throw new AssertionError("not part of this test");
        }
    }
}
