package org.smriti.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smriti.app.MainWindow;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.AppWindow;
import org.smriti.testsupport.Screenshots;
import org.smriti.ui.review.ReviewPage;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -Pscreenshots test -Dtest=ScreenshotTest} writes {@code target/screenshots/<screen>-<theme>.png} for
 * every area at 1366×768, light and dark, plus the review in progress. Skipped in a plain {@code mvn test}.
 */
class ScreenshotTest {

    @RegisterExtension
    final AppWindow app = AppWindow.onFixedClock();

    private final FxRobot robot = app.robot();

    @BeforeEach
    void onlyWhenAsked() {
        assumeTrue(Screenshots.enabled(), "screenshots are taken with -Pscreenshots");
    }


    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyScreen(Theme theme) throws Exception {
        String suffix = "-" + theme.name().toLowerCase(Locale.ROOT);
        MainWindow window = everyAreaIn(theme, 100, suffix);

        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.HOME)).get();
        robot.type(KeyCode.ENTER);
        ReviewPage review = (ReviewPage) window.shell().page(Area.REVIEW);
        while (!(review.model().questionProperty().get() instanceof ObjectiveQuestion)) {
            Screenshots.save(window.scene(), "review-flashcard" + suffix);
            robot.type(KeyCode.SPACE);
            Screenshots.save(window.scene(), "review-flashcard-answer" + suffix);
            robot.type(KeyCode.SPACE);
        }
        robot.type(KeyCode.DIGIT2);
        Screenshots.save(window.scene(), "review-question" + suffix);
        robot.type(KeyCode.ENTER);
        Screenshots.save(window.scene(), "review-answered" + suffix);
        robot.clickOn("#review-open-source");
        Screenshots.save(window.scene(), "sources-passage" + suffix);

        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.MOCK)).get();
        robot.type(KeyCode.ENTER); // start the Quick test
        robot.type(KeyCode.DIGIT2).type(KeyCode.N).type(KeyCode.DIGIT1).type(KeyCode.M).type(KeyCode.M)
                .type(KeyCode.DIGIT4);
        Screenshots.save(window.scene(), "mock-taking-bank" + suffix);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void largestFontStillFits(Theme theme) throws Exception {
        String suffix = "-175-" + theme.name().toLowerCase(Locale.ROOT);
        MainWindow window = everyAreaIn(theme, 175, suffix);
        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.HOME)).get();
        robot.type(KeyCode.ENTER);
        ReviewPage review = (ReviewPage) window.shell().page(Area.REVIEW);
        while (!(review.model().questionProperty().get() instanceof ObjectiveQuestion)) {
            robot.type(KeyCode.SPACE).type(KeyCode.SPACE);
        }
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        Screenshots.save(window.scene(), "review-answered" + suffix);
    }

    /** Opens the app in a theme and font size and saves a screenshot of every area. */
    private MainWindow everyAreaIn(Theme theme, int fontScale, String suffix) throws Exception {
        MainWindow window = app.open();
        WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                .set(window.context().settingsProperty().get().toBuilder().theme(theme).fontScalePercent(fontScale)
                        .build())).get();
        for (Area area : Area.values()) {
            WaitForAsyncUtils.asyncFx(() -> window.shell().show(area)).get();
            Screenshots.save(window.scene(), area.id() + suffix);
        }
        return window;
    }
}
