package org.smriti.app;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.data.bank.RefusedPack;
import org.smriti.ui.common.Dialogs;
import org.smriti.ui.settings.SettingsPage;
import org.smriti.ui.shell.Area;
import org.smriti.ui.shell.HelpOverlay;
import org.smriti.ui.shell.Page;
import org.smriti.ui.shell.Shell;
import org.smriti.ui.sources.SourcesPage;
import org.smriti.ui.theme.Appearance;

/** Builds the main window from the context: the shell, its pages, the theme, the shortcuts, start-up notices. */
public final class MainWindow {

    /** The data folder as it opens (see {@link SmritiApp#launch}): waits for it, or says why it could not open. */
    @FunctionalInterface
    public interface Opening {
        AppContext await() throws IOException;
    }

    /** Fits a 1366×768 laptop with its task bar and window decorations. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 620;
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 720;

    private final AppContext context;
    private final Map<Area, Supplier<? extends Page>> pages;
    private final Shell shell;
    private final Scene scene;

    /**
     * Builds the window's frame (navigation rail, scene, shortcuts), which needs no data, while the data folder may
     * still be opening on another thread; then waits for it and adds what does: the theme, the notices and Home,
     * with today's real counts.
     *
     * @throws IOException why the data folder could not be opened; see {@link AppContext#open}
     */
    public MainWindow(Opening opening) throws IOException {
        this(opening, SourcesPage::chooseNoteFiles);
    }

    /**
     * @param chooseNoteFiles asks for the note files Sources' Import adds, over the window it is given (the
     *                        desktop's file chooser in the app); empty when the aspirant cancels
     */
    public MainWindow(Opening opening, Function<Window, List<Path>> chooseNoteFiles) throws IOException {
        // The rail needs only the areas; a page is made on its first visit, when the context is there.
        Map<Area, Supplier<? extends Page>> onFirstVisit = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            onFirstVisit.put(area, () -> newPage(area));
        }
        this.shell = new Shell(onFirstVisit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(shell.view(),
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        shell.installShortcuts(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onHelpKey);
        // A page that takes files itself (Sources takes notes) consumes the drop first.
        scene.setOnDragOver(e -> {
            if (importable(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            Optional<Path> file = importable(e.getDragboard());
            file.ifPresent(f -> Platform.runLater(() -> importFile(f)));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
        this.context = opening.await();
        this.pages = new AppPages(context, this::show, this::window, chooseNoteFiles).factories();
        applyAppearance();
        context.settingsProperty().addListener((obs, old, now) -> applyAppearance());
        context.startupNotices().forEach(text -> showNotice(text, null));
        for (RefusedPack refused : context.loadedBank().refused()) {
            showNotice(refused.file() + " was not loaded: it has " + plural(refused.problems().size(), "problem")
                    + ". The other packs loaded.",
                    () -> showProblems(refused));
        }
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

    private Page newPage(Area area) {
        return pages.get(area).get();
    }

    private void show(Area area) {
        shell.show(area);
    }

    private Window window() {
        return scene.getWindow();
    }

    private void applyAppearance() {
        var s = context.settingsProperty().get();
        Appearance.apply(scene, s.theme(), s.fontScalePercent());
    }

    /** A single Anki text export or question pack being dragged onto the window. */
    private static Optional<Path> importable(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return Optional.empty();
        }
        Path file = board.getFiles().get(0).toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".csv")
                ? Optional.of(file) : Optional.empty();
    }

    /** Opens Settings and previews the import of {@code file}, as Settings → Import does. */
    public void importFile(Path file) {
        shell.show(Area.SETTINGS);
        ((SettingsPage) shell.page(Area.SETTINGS)).importFile(file);
    }

    private void onHelpKey(KeyEvent e) {
        // '?' only when no text field has the key, so typing a question mark in a search box still works.
        boolean question = "?".equals(e.getText()) && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl);
        if (e.getCode() == KeyCode.F1 || question) {
            HelpOverlay.create(scene.getWindow()).show();
            e.consume();
        }
    }

    private void showProblems(RefusedPack refused) {
        TextArea list = new TextArea(refused.problems().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(14);
        list.setId("pack-problems");
        Alert alert = Dialogs.over(scene.getWindow(), new Alert(Alert.AlertType.WARNING));
        alert.setTitle("Smriti — question pack not loaded");
        alert.setHeaderText(refused.file() + " was refused as a whole; fix these problems and restart Smriti:");
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("pack-problems-dialog");
        alert.show();
    }

    private void showNotice(String text, Runnable details) {
        Label message = new Label(text);
        message.setWrapText(true);
        message.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        message.setGraphicTextGap(10);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Dismiss");
        HBox banner = new HBox(10, message);
        if (details != null) {
            Button more = new Button("Details…");
            more.setId("notice-details");
            more.setOnAction(e -> details.run());
            banner.getChildren().add(more);
        }
        banner.getChildren().add(close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("notice-banner");
        banner.setId("notice-banner");
        close.setOnAction(e -> shell.removeBanner(banner));
        shell.showBanner(banner);
    }

}
