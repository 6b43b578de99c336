package org.smriti.ui.home;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.ui.common.Pages;
import org.smriti.ui.shell.Page;

/** The Home screen: today at a glance and one big "Start review" (Enter). */
public final class HomePage implements Page {

    private final HomeViewModel model;
    private boolean firstShow = true;
    private final ScrollPane root;

    /** @param startReview opens Review and starts today's session */
    public HomePage(HomeViewModel model, Runnable startReview) {
        this.model = model;
        Label title = new Label("Today");
        title.getStyleClass().add(Styles.TITLE_1);
        Label headline = new Label();
        headline.setId("home-headline");
        headline.textProperty().bind(model.headlineProperty());
        headline.getStyleClass().add(Styles.TITLE_4);

        FlowPane tiles = new FlowPane(16, 16,
                tile("New", model.newLeftProperty().asString(), "home-new", "count-new"),
                tile("Learning", model.learningLeftProperty().asString(), "home-learning", "count-learning"),
                tile("To review", model.reviewLeftProperty().asString(), "home-review", "count-to-review"),
                tile("Done today", model.doneTodayProperty().asString(), "home-done", "count-done"));

        Button start = new Button("Start review", new FontIcon(Feather.PLAY));
        start.setId("home-start");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE, "home-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> startReview.run());
        Label enter = new Label("Enter");
        enter.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox startRow = new HBox(12, start, enter);
        startRow.setAlignment(Pos.CENTER_LEFT);

        VBox facts = new VBox(10,
                fact(Feather.ZAP, model.streakProperty(), "home-streak"),
                fact(Feather.CALENDAR, model.examCountdownProperty(), "home-exam"),
                fact(Feather.CLOCK, model.lastMockProperty(), "home-last-mock"));

        VBox box = new VBox(22, title, headline, tiles, startRow, facts);
        root = Pages.scrolling(box, "page-home", 1000);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        if (firstShow) {
            firstShow = false; // the model counted today's cards when it was made, a moment ago: the first frame waits
            return;
        }
        model.refresh();
    }

    @Override
    public void onTick() {
        model.tick();
    }

    private static Node tile(String name, ObservableStringValue value, String id, String style) {
        Label count = new Label();
        count.setId(id);
        count.textProperty().bind(value);
        count.getStyleClass().addAll(Styles.TITLE_1, style);
        Label caption = new Label(name);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, count, caption);
        box.getStyleClass().add("tile");
        return box;
    }

    private static Node fact(Feather icon, ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setGraphic(new FontIcon(icon));
        l.setGraphicTextGap(10);
        l.setWrapText(true);
        l.getStyleClass().add("home-fact");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
