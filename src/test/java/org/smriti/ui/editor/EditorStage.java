package org.smriti.ui.editor;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.smriti.core.question.CardDraft;
import org.smriti.core.settings.Theme;
import org.smriti.ui.theme.Appearance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the card editor over a stand-in main window the size of a 1366×768 laptop, styled by the app's
 * {@link Appearance} as the real one is, so the editor takes its theme and font size from it.
 */
final class EditorStage {

    static final double OWNER_WIDTH = 1366;
    static final double OWNER_HEIGHT = 768;

    private EditorStage() {
    }

    static CardEditor open(EditorPorts ports, CardDraft draft, EditorMode mode, List<EditorPorts.Saved> saved)
            throws Exception {
        return open(ports, draft, mode, saved, Theme.LIGHT, 100);
    }

    static CardEditor open(EditorPorts ports, CardDraft draft, EditorMode mode, List<EditorPorts.Saved> saved,
            Theme theme, int fontScalePercent) throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(), OWNER_WIDTH, OWNER_HEIGHT);
            Appearance.apply(scene, theme, fontScalePercent);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        CardEditor editor = WaitForAsyncUtils.asyncFx(() -> CardEditor.open(owner, ports, draft, mode, saved::add))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        return editor;
    }

    /** Applies a theme and font size to the open editor, as the app applies them to its windows. */
    static void restyle(CardEditor editor, Theme theme, int fontScalePercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Appearance.apply(editor.scene(), theme, fontScalePercent)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
