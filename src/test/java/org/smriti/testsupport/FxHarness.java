package org.smriti.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.smriti.app.AppContext;
import org.smriti.app.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a temporary data folder and a fixed clock, headless under Monocle. */
public final class FxHarness {

    /** 24 Nov 2026, 09:00 in India: a weekday morning, well past the 04:00 rollover. */
    public static final Instant MORNING = Instant.parse("2026-11-24T03:30:00Z");
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final List<AppContext> contexts = new ArrayList<>();

    private FxHarness() {
    }

    /** Builds the main window on an open data folder. */
    @FunctionalInterface
    private interface WindowBuilder {
        MainWindow apply(AppContext context) throws IOException;
    }

    public static Clock fixedClock() {
        return Clock.fixed(MORNING, INDIA);
    }

    public static Stage primaryStage() throws TimeoutException {
        return FxToolkit.registerPrimaryStage();
    }

    /** Opens a main window on {@code dataDir} in the primary stage, sized like a 1366×768 laptop screen. */
    public static MainWindow open(Path dataDir, Clock clock) throws Exception {
        return openWith(dataDir, clock, context -> new MainWindow(() -> context));
    }

    /**
     * Opens a main window as {@link #open(Path, Clock)} does, its Sources' Import answered by {@code chooseNoteFiles}
     * instead of the desktop's file chooser.
     */
    public static MainWindow open(Path dataDir, Clock clock, Function<Window, List<Path>> chooseNoteFiles)
            throws Exception {
        return openWith(dataDir, clock, context -> new MainWindow(() -> context, chooseNoteFiles));
    }

    private static MainWindow openWith(Path dataDir, Clock clock, WindowBuilder build)
            throws Exception {
        Stage stage = primaryStage();
        MainWindow[] window = new MainWindow[1];
        AppContext context = new AppContext(dataDir, clock);
        contexts.add(context);
        FxToolkit.setupFixture(() -> {
            try {
                window[0] = build.apply(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            window[0].attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    /** Closes the windows and releases every data folder opened by {@link #open}. */
    public static void close() throws TimeoutException {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
        contexts.forEach(AppContext::close);
        contexts.clear();
    }
}
