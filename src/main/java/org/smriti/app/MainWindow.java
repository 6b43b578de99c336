package org.smriti.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.smriti.ui.common.NotBuiltYet;
import org.smriti.ui.shell.Area;
import org.smriti.ui.shell.Page;
import org.smriti.ui.shell.Shell;
import org.smriti.ui.theme.Appearance;

/** Builds the main window from the context: the shell, its pages, the theme, the shortcuts. */
public final class MainWindow {

    /** Fits a 1366×768 laptop with its task bar and window decorations. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 620;
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 720;

    private final AppContext context;
    private final Shell shell;
    private final Scene scene;

    public MainWindow(AppContext context) {
        this.context = context;
        this.shell = new Shell(pages());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(shell.view(),
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        shell.installShortcuts(scene);
        applyAppearance();
        context.settingsProperty().addListener((obs, old, now) -> applyAppearance());
        shell.show(Area.HOME);
    }

    public void attach(Stage stage) {
        stage.setTitle("Smriti");
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
    }

    public Scene scene() {
        return scene;
    }

    public AppContext context() {
        return context;
    }

    public Shell shell() {
        return shell;
    }

    private void applyAppearance() {
        var s = context.settingsProperty().get();
        Appearance.apply(scene, s.theme(), s.fontScalePercent());
    }

    private Map<Area, Supplier<? extends Page>> pages() {
        Map<Area, Supplier<? extends Page>> pages = new EnumMap<>(Area.class);
        pages.put(Area.HOME, () -> new NotBuiltYet("page-home", "Home",
                "Today at a glance: cards due, reviews done, your streak and exam countdown."));
        pages.put(Area.REVIEW, () -> new NotBuiltYet("page-review", "Daily review",
                "Spaced-repetition review of the question bank, keyboard first."));
        pages.put(Area.MOCK, () -> new NotBuiltYet("page-mock", "Mock test",
                "Timed tests in the UPSC Prelims format: +2 right, −⅔ wrong, with a question palette and analysis."));
        pages.put(Area.BROWSE, () -> new NotBuiltYet("page-browse", "Browse",
                "A searchable table of every question with its memory state."));
        pages.put(Area.SOURCES, () -> new NotBuiltYet("page-sources", "Sources",
                "The five source notes, with the passages behind each question highlighted."));
        pages.put(Area.STATS, () -> new NotBuiltYet("page-stats", "Statistics",
                "Review heatmap, due forecast, retention and topic mastery."));
        pages.put(Area.SETTINGS, () -> new NotBuiltYet("page-settings", "Settings",
                "Daily limits, retention, theme and font size, data folder and backups."));
        return pages;
    }
}
