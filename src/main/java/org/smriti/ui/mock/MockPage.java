package org.smriti.ui.mock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.ui.shell.Page;

/**
 * The Mock test screen: setup with history, the test itself and its results, one at a time. Binds to
 * {@link MockViewModel} and forwards the aspirant's actions; the countdown ticks every second while a test
 * runs, and the test keys (A–D/1–4, N, P, M, C) work anywhere in the window while it is shown.
 */
public final class MockPage implements Page {

    static final String CSS = MockPage.class.getResource("/org/smriti/ui/mock/mock.css").toExternalForm();

    private final MockViewModel model;
    private final VBox root;
    private final TakingView taking;
    private final Timeline timer;
    private Scene scene;
    private final EventHandler<KeyEvent> keys = this::onKey;

    public MockPage(MockViewModel model) {
        this.model = model;
        SetupView setup = new SetupView(model);
        taking = new TakingView(model);
        ResultsView results = new ResultsView(model);
        StackPane screens = new StackPane(setup.view(), taking.view(), results.view());
        VBox.setVgrow(screens, Priority.ALWAYS);
        root = new VBox(problemBanner(), screens);
        root.setId("page-mock");
        root.getStylesheets().add(CSS);
        root.getStyleClass().add("mock-page");

        timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        showScreen(setup.view(), taking.view(), results.view());
        model.screenProperty().addListener((obs, old, now) -> showScreen(setup.view(), taking.view(), results.view()));

        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                scene = now;
            }
        });
    }

    /**
     * The countdown runs while other pages are shown (auto-submit must still happen), but not once the app's
     * window is gone or shows another scene: the app is closing and its journal with it.
     */
    private void tick() {
        Window window = scene == null ? null : scene.getWindow();
        if (scene != null && (window == null || !window.isShowing() || window.getScene() != scene)) {
            timer.stop();
            return;
        }
        model.taking().tick();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        // Picks up tests saved elsewhere (another window, a restore); a running test or a result stays.
        if (model.screenProperty().get() == MockViewModel.Screen.SETUP) {
            model.newTest();
        }
    }

    private void showScreen(Node setup, Node takingView, Node results) {
        MockViewModel.Screen s = model.screenProperty().get();
        show(setup, s == MockViewModel.Screen.SETUP);
        show(takingView, s == MockViewModel.Screen.TAKING);
        show(results, s == MockViewModel.Screen.RESULTS);
        if (s == MockViewModel.Screen.TAKING) {
            timer.play();
        } else {
            timer.stop();
        }
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void onKey(KeyEvent e) {
        if (!model.taking().running() || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                || e.isMetaDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (taking.handleKey(e.getCode())) {
            e.consume();
        }
    }

    private Node problemBanner() {
        Label text = new Label();
        text.setId("mock-save-error");
        text.textProperty().bind(model.saveErrorProperty());
        text.setWrapText(true);
        HBox banner = new HBox(10, new FontIcon(Feather.ALERT_OCTAGON), text);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("mock-problem");
        banner.visibleProperty().bind(model.saveErrorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
