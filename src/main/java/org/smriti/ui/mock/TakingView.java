package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.QuestionState;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.ui.common.QuestionText;

/** The test in progress: header with the countdown, the question and its options, the actions and the palette. */
final class TakingView {

    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final long LOW_TIME_MILLIS = 60_000;
    private static final Duration WARNING_SHOWN_FOR = Duration.seconds(8);

    private final MockViewModel model;
    private final TakingModel taking;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label position = new Label();
    private final Label topic = new Label();
    private final Label countdown = new Label();
    private final VBox questionBox = new VBox(16);
    private final ScrollPane questionScroll = new ScrollPane(questionBox);
    private final ToggleGroup optionGroup = new ToggleGroup();
    private final List<ToggleButton> options = new ArrayList<>();
    private final PaletteView palette;
    private String shownTest;
    private int shownIndex = -1;
    private SubmitDialog confirmation;

    TakingView(MockViewModel model) {
        this.model = model;
        this.taking = model.taking();
        this.palette = new PaletteView(taking::jumpTo);
        root.setId("mock-taking");
        root.getStyleClass().add("mock-taking");
        root.setTop(header());
        questionBox.getStyleClass().add("mock-question");
        questionScroll.setFitToWidth(true);
        questionScroll.getStyleClass().add("edge-to-edge");
        questionScroll.setId("mock-question-scroll");
        BorderPane.setMargin(questionScroll, new Insets(0, 16, 0, 0));
        root.setCenter(questionScroll);
        root.setRight(palette.view());
        root.setBottom(actions());
        taking.sessionProperty().addListener((obs, old, now) -> {
            if (now != null && model.screenProperty().get() == MockViewModel.Screen.TAKING) {
                render(now);
            }
        });
        model.screenProperty().addListener((obs, old, now) -> {
            if (now == MockViewModel.Screen.TAKING) {
                render(taking.sessionProperty().get());
            } else if (confirmation != null) {
                // The countdown submitted the test while the confirmation was open.
                confirmation.close();
            }
        });
    }

    Node view() {
        return root;
    }

    /** The test keys; true when the key was one of them. */
    boolean handleKey(KeyCode code) {
        int option = optionFor(code);
        if (option >= 0) {
            taking.select(option);
            return true;
        }
        Runnable action = switch (code) {
            case N -> taking::saveAndNext;
            case P -> taking::previous;
            case M -> taking::markAndNext;
            case C -> taking::clearResponse;
            default -> null;
        };
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    private static int optionFor(KeyCode code) {
        return switch (code) {
            case A, DIGIT1, NUMPAD1 -> 0;
            case B, DIGIT2, NUMPAD2 -> 1;
            // C is Clear Response (the CBT's own key), so (c) is chosen with 3.
            case DIGIT3, NUMPAD3 -> 2;
            case D, DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
    }

    private Node header() {
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("mock-title");
        position.setId("mock-position");
        position.getStyleClass().add(Styles.TEXT_BOLD);
        topic.setId("mock-topic");
        topic.getStyleClass().add(Styles.TEXT_MUTED);
        countdown.setId("mock-countdown");
        countdown.getStyleClass().add("mock-countdown");
        countdown.setGraphic(new FontIcon(Feather.CLOCK));
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox titles = new VBox(2, title, new HBox(12, position, topic));
        HBox row = new HBox(16, titles, spacer, countdown);
        row.setAlignment(Pos.CENTER_LEFT);
        // The warning sits under the header, never over the countdown or the question.
        VBox header = new VBox(8, row, warningToast());
        header.getStyleClass().add("mock-header");
        return header;
    }

    private Node warningToast() {
        Label text = new Label();
        text.setId("mock-warning");
        text.textProperty().bind(taking.warningProperty());
        text.setWrapText(true);
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        Button close = new Button("", new FontIcon(Feather.X));
        close.setId("mock-warning-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> taking.dismissWarning());
        HBox toast = new HBox(10, icon, text, close);
        toast.setAlignment(Pos.CENTER_LEFT);
        toast.getStyleClass().add("mock-toast");
        toast.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        toast.visibleProperty().bind(taking.warningProperty().isNotEmpty());
        toast.managedProperty().bind(toast.visibleProperty());
        // Non-blocking: it goes away by itself, the countdown stays on screen anyway.
        PauseTransition hide = new PauseTransition(WARNING_SHOWN_FOR);
        hide.setOnFinished(e -> taking.dismissWarning());
        taking.warningProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                hide.playFromStart();
            }
        });
        return toast;
    }

    private Node actions() {
        Button mark = button("Mark for Review & Next", "mock-mark", "M", taking::markAndNext);
        Button clear = button("Clear Response", "mock-clear", "C", taking::clearResponse);
        Button previous = button("Previous", "mock-previous", "P", taking::previous);
        Button next = button("Save & Next", "mock-save-next", "N", taking::saveAndNext);
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(false);
        Button submit = new Button("Submit");
        submit.setId("mock-submit");
        submit.getStyleClass().add(Styles.SUCCESS);
        submit.setOnAction(e -> confirmSubmit());
        Label keys = new Label("Keys: 1–4 or A, B, D choose (a)–(d) · C clear · N save & next · M mark & next · P previous");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8, mark, clear, previous, next);
        HBox row = new HBox(12, buttons, submit);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, row, keys);
        bar.getStyleClass().add("mock-actions");
        return bar;
    }

    private static Button button(String text, String id, String key, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(text + " (" + key + ")"));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void render(MockSession s) {
        if (!s.testId().equals(shownTest)) {
            shownTest = s.testId();
            shownIndex = -1;
            palette.rebuild(s);
            title.setText("Mock test · " + s.spec().preset().label() + " · marking " + s.spec().scheme().describe());
        }
        if (s.currentIndex() != shownIndex) {
            shownIndex = s.currentIndex();
            showQuestion(s);
        }
        position.setText("Question " + (s.currentIndex() + 1) + " of " + s.size());
        countdown.setText(taking.remainingText());
        countdown.pseudoClassStateChanged(LOW, s.remainingMillis() <= LOW_TIME_MILLIS);
        int selected = s.current().selected();
        for (int i = 0; i < options.size(); i++) {
            options.get(i).setSelected(i == selected);
        }
        palette.render(s);
    }

    private void showQuestion(MockSession s) {
        ObjectiveQuestion q = taking.currentQuestion();
        topic.setText(q.primaryTopic().label());
        options.clear();
        optionGroup.getToggles().clear();
        VBox optionBox = new VBox(8);
        optionBox.setId("mock-options");
        List<String> texts = q.options();
        for (int i = 0; i < QuestionState.OPTIONS; i++) {
            int index = i;
            ToggleButton option = new ToggleButton(QuestionText.optionLetter(i) + "  " + texts.get(i));
            option.setId("mock-option-" + (char) ('a' + i));
            option.getStyleClass().add("mock-option");
            option.setWrapText(true);
            option.setMaxWidth(Double.MAX_VALUE);
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.setAlignment(Pos.CENTER_LEFT);
            option.setToggleGroup(optionGroup);
            option.setOnAction(e -> {
                taking.select(index);
                // Clicking a chosen option again keeps it chosen, as in the CBT; Clear Response removes it.
                option.setSelected(taking.sessionProperty().get().current().selected() == index);
            });
            options.add(option);
            optionBox.getChildren().add(option);
        }
        Label number = new Label("Question " + (s.currentIndex() + 1));
        number.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        questionBox.getChildren().setAll(number, QuestionText.of(q), optionBox);
        questionScroll.setVvalue(0);
    }

    private void confirmSubmit() {
        if (!taking.running()) {
            return;
        }
        confirmation = new SubmitDialog(taking.paletteCounts(), taking.remainingText(), root.getScene());
        boolean confirmed = confirmation.confirmed();
        confirmation = null;
        if (confirmed) {
            taking.submit();
        }
    }
}
