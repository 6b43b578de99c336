package org.smriti.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.smriti.app.MainWindow;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a UI test: a fresh data folder per test, a robot, and the window closed (its data
 * folder released) after each test. Register with {@code @RegisterExtension final AppWindow app = AppWindow.on(clock)};
 * files can be put into {@link #dataDir()} before {@link #open()}.
 */
public final class AppWindow implements BeforeEachCallback, AfterEachCallback {

    private final Clock clock;
    private final FxRobot robot = new FxRobot();
    private Path dataDir;
    private MainWindow window;
    private List<Path> filesToImport = List.of();

    private AppWindow(Clock clock) {
        this.clock = clock;
    }

    /** On {@link FxHarness#MORNING} in India, frozen. */
    public static AppWindow onFixedClock() {
        return new AppWindow(FxHarness.fixedClock());
    }

    public static AppWindow on(Clock clock) {
        return new AppWindow(clock);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("smriti-ui-");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxHarness.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public FxRobot robot() {
        return robot;
    }

    public MainWindow window() {
        return window;
    }

    /**
     * Opens the window on the data folder, sized like a 1366×768 laptop. Its file chooser for Sources' Import is a
     * stand-in that picks {@link #filesToImport}, as the aspirant would in the desktop's chooser.
     */
    public MainWindow open() throws Exception {
        window = FxHarness.open(dataDir, clock, owner -> filesToImport);
        return window;
    }

    /** What the file chooser of Sources' Import picks from now on; none (as if cancelled) unless set. */
    public void filesToImport(Path... files) {
        filesToImport = List.of(files);
    }

    /** Closes the window and releases the data folder, e.g. to change its files as another program would. */
    public void close() throws Exception {
        FxHarness.close();
        window = null;
    }

    /** Closes the window and opens it again on the same folder, as a restart of the app. */
    public MainWindow restart() throws Exception {
        FxHarness.close();
        return open();
    }

    /** Runs {@code action} on the FX thread and waits for what it set off. */
    public void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void show(Area area) throws Exception {
        fx(() -> window.shell().show(area));
    }

    /** Presses Ctrl with {@code key}, as the aspirant's shortcuts do. */
    public void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types keys one after the other and waits for what they set off. */
    public void type(KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
