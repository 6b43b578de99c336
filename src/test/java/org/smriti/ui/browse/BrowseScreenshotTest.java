package org.smriti.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smriti.app.MainWindow;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.settings.Theme;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;
import org.smriti.testsupport.AppWindow;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.Screenshots;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -Pscreenshots test -Dtest=BrowseScreenshotTest} writes Browse at 1366×768 in both themes, at 100 %
 * and 175 % font, with a reviewed question selected, and an orphaned id selected.
 */
class BrowseScreenshotTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    @BeforeEach
    void onlyWhenAsked() {
        assumeTrue(Screenshots.enabled(), "screenshots are taken with -Pscreenshots");
    }


    @Test
    @SuppressWarnings("unchecked")
    void browseInBothThemesAndFontSizes() throws Exception {
        try (ProgressStore store = ProgressStore.open(app.dataDir(), FxHarness.fixedClock(), MockEventCodecs.appCodec())) {
            store.append(new BookmarkEvent("removed-question-1", true, FxHarness.MORNING));
        }
        MainWindow window = app.open();
        StudyService study = window.context().study();
        String reviewed = window.context().questions().get(0).id();
        study.answer(reviewed, Rating.GOOD, 9_000);
        study.answer(reviewed, Rating.AGAIN, 21_000);
        study.setBookmarked(reviewed, true);
        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.BROWSE)).get();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<BrowseRow> table = new FxRobot().lookup("#browse-table").queryAs(TableView.class);
        for (int font : new int[] {100, 175}) {
            for (Theme theme : Theme.values()) {
                WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty().set(
                        window.context().settingsProperty().get().withTheme(theme).withFontScalePercent(font))).get();
                WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
                String name = "browse-" + theme.name().toLowerCase() + "-" + font;
                assertThat(Files.size(Screenshots.save(window.scene(), name))).isPositive();
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            table.getSelectionModel().select(table.getItems().size() - 1);
            table.scrollTo(table.getItems().size() - 1);
        }).get();
        assertThat(Files.size(Screenshots.save(window.scene(), "browse-orphaned"))).isPositive();
        ScrollPane detail = new FxRobot().lookup("#browse-detail").queryAs(ScrollPane.class);
        WaitForAsyncUtils.asyncFx(() -> {
            table.getSelectionModel().select(0);
            table.scrollTo(0);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> detail.setVvalue(1)).get();
        assertThat(Files.size(Screenshots.save(window.scene(), "browse-history"))).isPositive();
    }
}
