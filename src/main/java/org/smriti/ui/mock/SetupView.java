package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.ResumeOffer;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.Pages;

/** Choosing a test: the resume banner, presets, the custom form, the marking scheme, Start, and the history. */
final class SetupView {

    private final MockViewModel model;
    private final SetupModel setup;
    private final ScrollPane root;

    SetupView(MockViewModel model) {
        this.model = model;
        this.setup = model.setup();
        Label title = new Label("Mock test");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label("Timed tests in the UPSC Prelims format, one question at a time with a palette,"
                + " as in the computer-based test. Every answer is saved at once; you can close Smriti and resume.");
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        Label startHeading = new Label("New test");
        startHeading.getStyleClass().add(Styles.TITLE_4);
        VBox content = new VBox(18, new VBox(6, title, intro), resumeBanner(),
                new VBox(12, startHeading, presets(), customForm(), schemeForm(), startRow()),
                new HistoryView(model.history(), model::openPast).view());
        root = Pages.scrolling(content, "mock-setup", 1100);
        // Everything wraps to the width; a sideways scroll bar would only hide the right edge.
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    Node view() {
        return root;
    }

    private Node resumeBanner() {
        Label text = new Label();
        text.setId("mock-resume-text");
        text.getStyleClass().add(Styles.TEXT_BOLD);
        text.setWrapText(true);
        Label note = new Label("Starting a new test discards it.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button resume = new Button("Resume");
        resume.setId("mock-resume");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> model.resume());
        Button discard = new Button("Discard");
        discard.setId("mock-discard");
        discard.setOnAction(e -> model.discard());
        FontIcon icon = new FontIcon(Feather.PLAY_CIRCLE);
        VBox texts = new VBox(2, text, note);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox banner = new HBox(14, icon, texts, resume, discard);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("mock-resume-banner");
        banner.getStyleClass().add("mock-resume-banner");
        Runnable update = () -> {
            ResumeOffer offer = model.resumeOfferProperty().get();
            banner.setVisible(offer != null);
            banner.setManaged(offer != null);
            text.setText(offer == null ? "" : offer.text());
        };
        update.run();
        model.resumeOfferProperty().addListener((obs, old, now) -> update.run());
        return banner;
    }

    private Node presets() {
        ToggleGroup group = new ToggleGroup();
        // Tiles: every card as big as the biggest, so the row stays even.
        TilePane cards = new TilePane(10, 10);
        cards.setPrefColumns(MockPreset.values().length);
        cards.setTileAlignment(Pos.TOP_LEFT);
        cards.setId("mock-presets");
        for (MockPreset p : MockPreset.values()) {
            Label name = new Label(p.label());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label size = new Label(describe(p));
            size.getStyleClass().add(Styles.TEXT_SMALL);
            ToggleButton card = new ToggleButton();
            card.setGraphic(new VBox(2, name, size));
            card.setId("mock-preset-" + p.name().toLowerCase(Locale.ROOT));
            card.getStyleClass().add("mock-preset");
            card.setToggleGroup(group);
            card.setUserData(p);
            card.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            card.setSelected(setup.presetProperty().get() == p);
            card.setOnAction(e -> {
                setup.presetProperty().set(p);
                card.setSelected(true);
            });
            cards.getChildren().add(card);
        }
        setup.presetProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        return cards;
    }

    private static String describe(MockPreset p) {
        if (p.isCustom()) {
            return "Your count, time\nand filters";
        }
        String size = p.count() + " questions\n" + p.duration().toMinutes() + " min";
        return p == MockPreset.FULL ? size + "\n(or all the bank has,\n72 s each)" : size;
    }

    private Node customForm() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setId("mock-custom-form");
        TextField count = field("mock-custom-count", setup.customCountProperty());
        TextField minutes = field("mock-custom-minutes", setup.customMinutesProperty());
        g.addRow(0, label("Questions", count), withHint(count, "at most " + SetupModel.MAX_CUSTOM_COUNT));
        g.addRow(1, label("Minutes", minutes), withHint(minutes, "72 s a question is the Prelims pace"));
        FlowPane topicBoxes = new FlowPane(14, 8);
        for (Topic t : Topic.values()) {
            topicBoxes.getChildren().add(setBox(t.label(), "mock-topic-" + t.id(), setup.topics(), t));
        }
        g.addRow(2, new Label("Topics"), new VBox(4, hint("None ticked means every topic."), topicBoxes));
        HBox levels = new HBox(14,
                setBox("Easy", "mock-difficulty-1", setup.difficulties(), 1),
                setBox("Medium", "mock-difficulty-2", setup.difficulties(), 2),
                setBox("Hard", "mock-difficulty-3", setup.difficulties(), 3));
        g.addRow(3, new Label("Difficulty"), levels);
        CheckBox pyq = new CheckBox("Previous-year questions only");
        pyq.setId("mock-pyq-only");
        pyq.selectedProperty().bindBidirectional(setup.pyqOnlyProperty());
        CheckBox weak = new CheckBox("My weak spots only (answered wrong before, or low recall)");
        weak.setId("mock-weak-spots");
        weak.setWrapText(true);
        weak.selectedProperty().bindBidirectional(setup.weakSpotsOnlyProperty());
        g.add(new VBox(8, pyq, weak), 1, 4);
        g.getStyleClass().add("mock-card");
        Runnable show = () -> {
            boolean custom = setup.presetProperty().get().isCustom();
            g.setVisible(custom);
            g.setManaged(custom);
        };
        show.run();
        setup.presetProperty().addListener((obs, old, now) -> show.run());
        return g;
    }

    private Node schemeForm() {
        TextField right = field("mock-marks-right", setup.marksRightProperty());
        TextField wrong = field("mock-marks-wrong", setup.marksWrongProperty());
        TextField blank = field("mock-marks-blank", setup.marksBlankProperty());
        HBox row = new HBox(10, label("Right", right), right, label("Wrong", wrong), wrong, label("Blank", blank),
                blank);
        row.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Marking scheme");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, row,
                hint("UPSC GS Paper I: +2 right, −2/3 wrong, 0 blank. Whole numbers, decimals or fractions."));
    }

    private Node startRow() {
        Label plan = new Label();
        plan.setId("mock-plan");
        plan.setWrapText(true);
        plan.textProperty().bind(setup.planProperty());
        Label error = new Label();
        error.setId("mock-setup-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(setup.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Button start = new Button("Start test", new FontIcon(Feather.PLAY));
        start.setId("mock-start");
        start.getStyleClass().add(Styles.ACCENT);
        // Enter starts the test, but only while this screen is the one shown.
        start.defaultButtonProperty().bind(model.screenProperty().isEqualTo(MockViewModel.Screen.SETUP));
        start.disableProperty().bind(setup.errorProperty().isNotEmpty());
        start.setOnAction(e -> model.start());
        start.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(14, start, plan);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, error, row);
    }

    private static <T> CheckBox setBox(String text, String id, ObservableSet<T> set, T value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(set.contains(value));
        box.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        set.addListener((SetChangeListener<T>) c -> box.setSelected(set.contains(value)));
        return box;
    }

    private static TextField field(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox withHint(Node field, String text) {
        HBox row = new HBox(8, field, hint(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }
}
