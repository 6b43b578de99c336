package org.smriti.ui.mock;


import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.MutableClock;
import org.smriti.testsupport.Screenshots;
import org.smriti.testsupport.ScreenshotsOnly;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -q test -Pscreenshots -Dtest=MockScreenshotTest} writes {@code target/screenshots/mock-*.png}:
 * setup, a test with the palette in all five states, results and history, light and dark, and at 175 %.
 */
@ExtendWith(ScreenshotsOnly.class)
class MockScreenshotTest {

    private final InMemoryMockPorts ports = new InMemoryMockPorts();
    private final MutableClock clock = MockUiFixtures.clock();
    private final FxRobot robot = new FxRobot();

    @Test
    void everyScreenInBothThemes() throws Exception {
        MockViewModel model = new MockViewModel(MockUiFixtures::bank, ports, clock);
        Scene scene = MockPageStage.show(model, Theme.LIGHT, 100);
        shootBoth(scene, "mock-setup-empty", 100);

        // Three past tests for the history.
        for (int t = 0; t < 3; t++) {
            int test = t;
            fx(() -> {
                model.setup().presetProperty().set(MockPreset.QUICK);
                model.start();
                for (int i = 0; i < 10; i++) {
                    int right = model.taking().currentQuestion().correctOption();
                    if (i % 3 != 2) {
                        model.taking().select((i + test) % 4 == 0 ? (right + 1) % 4 : right);
                    }
                    clock.advance(Duration.ofSeconds(20 + 17 * ((i * 7 + test) % 5)));
                    model.taking().saveAndNext();
                }
                model.taking().submit();
                clock.advance(Duration.ofDays(1));
                model.newTest();
            });
        }
        fx(() -> {
            model.setup().presetProperty().set(MockPreset.CUSTOM);
            model.start();
            model.taking().submit();
            model.newTest();
            model.setup().presetProperty().set(MockPreset.QUICK);
        });
        // An unfinished test for the resume banner.
        fx(() -> {
            model.start();
            model.taking().select(1);
            model.taking().saveAndNext();
        });
        MockViewModel restarted = new MockViewModel(MockUiFixtures::bank, ports, clock);
        scene = MockPageStage.show(restarted, Theme.LIGHT, 100);
        shootBoth(scene, "mock-setup-history", 100);
        scrollTo(scene, "#mock-setup", 1);
        shootBoth(scene, "mock-setup-history-bottom", 100);
        fx(() -> restarted.setup().presetProperty().set(MockPreset.CUSTOM));
        scrollTo(scene, "#mock-setup", 0);
        shootBoth(scene, "mock-setup-custom", 100);
        shoot(scene, Theme.LIGHT, 175, "mock-setup-custom-175");
        fx(() -> restarted.setup().presetProperty().set(MockPreset.QUICK));

        fx(() -> {
            restarted.resume();
            restarted.taking().select(0);
            restarted.taking().saveAndNext();      // answered
            restarted.taking().saveAndNext();      // not answered
            restarted.taking().markAndNext();      // marked
            restarted.taking().select(2);
            restarted.taking().markAndNext();      // answered and marked
            restarted.taking().select(1);
            clock.advance(Duration.ofMinutes(3));
            restarted.taking().tick();
        });
        shootBoth(scene, "mock-taking", 100);
        shoot(scene, Theme.LIGHT, 175, "mock-taking-175");
        robot.clickOn("#mock-submit");
        Scene dialog = robot.lookup("#mock-submit-dialog").query().getScene();
        Screenshots.save(dialog, "mock-submit-dialog");
        robot.clickOn("Keep going");
        fx(() -> {
            clock.advance(Duration.ofSeconds(270));
            restarted.taking().tick();
        });
        shoot(scene, Theme.LIGHT, 100, "mock-taking-warning");

        fx(() -> {
            clock.advance(Duration.ofMinutes(5));
            restarted.taking().tick();
        });
        shootBoth(scene, "mock-results", 100);
        scrollTo(scene, "#mock-results", 0.35);
        shootBoth(scene, "mock-results-answer-review", 100);
        shoot(scene, Theme.LIGHT, 175, "mock-results-answer-review-175");

        // The biggest test the bank allows, at the largest font: the palette must scroll, not spill.
        fx(() -> {
            restarted.newTest();
            restarted.setup().presetProperty().set(MockPreset.FULL);
            restarted.start();
            restarted.taking().jumpTo(29);
        });
        shoot(scene, Theme.DARK, 175, "mock-taking-full-175-dark");
    }

    private void scrollTo(Scene scene, String id, double v) throws Exception {
        fx(() -> {
            ScrollPane pane = (ScrollPane) scene.lookup(id);
            pane.layout();
            pane.setVvalue(v);
        });
    }

    private void shootBoth(Scene scene, String name, int scale) throws Exception {
        shoot(scene, Theme.LIGHT, scale, name + "-light");
        shoot(scene, Theme.DARK, scale, name + "-dark");
        MockPageStage.restyle(scene, Theme.LIGHT, 100);
    }

    private void shoot(Scene scene, Theme theme, int scale, String name) throws Exception {
        MockPageStage.restyle(scene, theme, scale);
        Screenshots.save(scene, name.toLowerCase(Locale.ROOT));
        MockPageStage.restyle(scene, Theme.LIGHT, 100);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
