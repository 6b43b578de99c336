package org.smriti.ui.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.smriti.core.question.CardDraft;
import org.smriti.core.settings.Theme;
import org.smriti.ui.theme.Appearance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows a {@link SourcesPage} alone in the primary stage, the size of the main window's content area on a
 * 1366×768 laptop, with the app's theme and font size. The card editor it would open is recorded, and the
 * file chooser answers with {@link #filesToImport}.
 */
final class SourcesPageStage {

    static final double WIDTH = 1170;
    static final double HEIGHT = 768;

    /** What Make card and E on a suggestion handed to the card editor. */
    final List<CardDraft> editorDrafts = new ArrayList<>();
    /** What the file chooser "returns" next. */
    List<Path> filesToImport = List.of();
    final SourcesViewModel model;
    Scene scene;

    private SourcesPageStage(SourcesViewModel model) {
        this.model = model;
    }

    static SourcesPageStage show(SourcesViewModel model, Theme theme, int fontScalePercent) throws TimeoutException {
        SourcesPageStage stage = new SourcesPageStage(model);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            SourcesPage page = new SourcesPage(model, stage.editorDrafts::add, owner -> stage.filesToImport);
            stage.scene = new Scene((Parent) page.view(), WIDTH, HEIGHT);
            Appearance.apply(stage.scene, theme, fontScalePercent);
            s.setScene(stage.scene);
            s.setX(0);
            s.setY(0);
            s.show();
            s.toFront();
            page.onShown();
            page.view().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    void restyle(Theme theme, int fontScalePercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Appearance.apply(scene, theme, fontScalePercent)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
