package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.FxHarness;
import org.testfx.api.FxRobot;

/** Suggested cards taken from the keyboard: Enter accepts, Delete skips, E edits, "accept all" asks first. */
class SuggestionPanelTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FakeNotes notes;
    private SourcesPageStage stage;

    @BeforeEach
    void open() throws Exception {
        notes = FakeNotes.withBundledBank(dataDir);
        notes.create("Ties", SuggestionModelTest.NOTE);
        stage = SourcesPageStage.show(new SourcesViewModel(notes), Theme.LIGHT, 100);
        SourcesPageStage.fx(() -> stage.model.select(stage.model.own().get(0)));
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    private String counter() {
        return robot.lookup("#sources-suggestion-counter").queryAs(Label.class).getText();
    }

    @Test
    void suggestingFocusesThePanelOnTheFirstSuggestion() {
        robot.clickOn("#sources-suggest");

        Node panel = robot.lookup("#sources-suggestions").query();
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.isFocused()).isTrue();
        assertThat(counter()).isEqualTo("1 of 4");
        assertThat(robot.lookup("#sources-reader .quote-highlight").tryQuery()).isEmpty();
    }

    @Test
    void enterAcceptsTheSuggestionAsACardAndShowsTheNext() {
        robot.clickOn("#sources-suggest");

        robot.type(KeyCode.ENTER);

        assertThat(notes.saved).hasSize(1);
        assertThat(notes.saved.get(0).text()).contains("{{c1::1903::year}}");
        assertThat(stage.editorDrafts).isEmpty();
        assertThat(counter()).isEqualTo("2 of 4");
        assertThat(robot.lookup("#sources-reader .quote-highlight").tryQuery()).as("the new card's passage")
                .isPresent();
    }

    @Test
    void deleteSkipsTheSuggestionWithoutSavingIt() {
        robot.clickOn("#sources-suggest");

        robot.type(KeyCode.DELETE);

        assertThat(counter()).isEqualTo("2 of 4");
        assertThat(notes.saved).isEmpty();
        assertThat(stage.editorDrafts).isEmpty();
    }

    @Test
    void eOpensTheSuggestionInTheCardEditorUnsaved() {
        robot.clickOn("#sources-suggest");
        robot.type(KeyCode.DELETE).type(KeyCode.DELETE);

        robot.type(KeyCode.E);

        assertThat(stage.editorDrafts).hasSize(1);
        assertThat(stage.editorDrafts.get(0).text()).contains("{{c1::$21.96 billion::amount}}");
        assertThat(notes.saved).isEmpty();
        assertThat(counter()).isEqualTo("4 of 4");
        assertThat(robot.lookup("#sources-suggestion-carded").query().isVisible()).isFalse();
    }

    @Test
    void acceptAllRemainingAsksFirst() {
        robot.clickOn("#sources-suggest");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#sources-suggestion-accept-all");
        DialogPane dialog = robot.lookup("#sources-accept-all-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Save 3 cards?");
        robot.clickOn("Cancel");
        assertThat(notes.saved).isEmpty();
        assertThat(counter()).isEqualTo("2 of 4");

        robot.clickOn("#sources-suggestion-accept-all");
        robot.clickOn("Save 3 cards");
        assertThat(notes.saved).hasSize(3);
        assertThat(counter()).isEqualTo("All 4 seen");
        assertThat(robot.lookup("#sources-suggestion-status").queryAs(Label.class).getText())
                .isEqualTo("3 cards saved, 0 opened in the editor, 1 skipped.");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#sources-suggestions").query().isVisible()).isFalse();
    }
}
