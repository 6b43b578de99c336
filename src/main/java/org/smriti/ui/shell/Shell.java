package org.smriti.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame: a navigation rail on the left, a banner strip for warnings, and the current page.
 * Pages are created the first time their area is shown, so start-up builds only Home.
 */
public final class Shell implements Navigator {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox banners = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final Map<Area, Supplier<? extends Page>> factories;
    private final Map<Area, Page> pages = new EnumMap<>(Area.class);
    private final ReadOnlyObjectWrapper<Area> current = new ReadOnlyObjectWrapper<>(this, "current");

    public Shell(Map<Area, Supplier<? extends Page>> factories) {
        this.factories = new EnumMap<>(factories);
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tickShownPage()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        root.setId("shell");
        root.setLeft(buildRail());
        banners.setId("banners");
        VBox center = new VBox(banners, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setId("content");
        root.setCenter(center);
    }

    public BorderPane view() {
        return root;
    }

    public ReadOnlyObjectProperty<Area> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Registers Ctrl+1..7 on the scene. */
    public void installShortcuts(Scene scene) {
        for (Area area : Area.values()) {
            scene.getAccelerators().put(area.shortcut(), () -> show(area));
        }
    }

    /** Shows a warning above the page until the aspirant closes it. */
    public void showBanner(Node banner) {
        banners.getChildren().add(banner);
    }

    public void removeBanner(Node banner) {
        banners.getChildren().remove(banner);
    }

    @Override
    public void show(Area area) {
        Page page = pages.computeIfAbsent(area, a -> factories.get(a).get());
        Node view = page.view();
        content.getChildren().setAll(view);
        ToggleButton button = buttons.get(area);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        current.set(area);
        page.onShown();
        view.requestFocus();
    }

    private void tickShownPage() {
        Area area = current.get();
        // Only while the window is open: a closed window's pages may hold a closed data folder.
        boolean showing = root.getScene() != null && root.getScene().getWindow() != null
                && root.getScene().getWindow().isShowing();
        if (area != null && showing) {
            pages.get(area).onTick();
        }
    }

    /** The page of an area if it has been created; used by tests and by cross-page links. */
    public Page page(Area area) {
        return pages.computeIfAbsent(area, a -> factories.get(a).get());
    }

    private Node buildRail() {
        Label brand = new Label("Smriti");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Label tagline = new Label("India–Japan revision");
        tagline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox rail = new VBox(4, brand, tagline, spacer(12));
        for (Area area : Area.values()) {
            ToggleButton b = new ToggleButton(area.title(), new FontIcon(area.icon()));
            b.setId("nav-" + area.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(area));
            buttons.put(area, b);
            rail.getChildren().add(b);
        }
        // A selected toggle must stay selected: clicking it again should not leave the rail with nothing lit.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        // Tooltips only help a pointer, and making them costs the first frame ≈ 25 ms: they come on its first visit.
        rail.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                rail.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                buttons.forEach((area, b) -> b.setTooltip(
                        new Tooltip(area.title() + " (" + area.shortcut().getDisplayText() + ")")));
            }
        });
        rail.setPadding(new Insets(16, 10, 16, 10));
        rail.getStyleClass().add("nav-rail");
        rail.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(rail);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("nav-scroll");
        return scroll;
    }

    private static Region spacer(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        return r;
    }
}
