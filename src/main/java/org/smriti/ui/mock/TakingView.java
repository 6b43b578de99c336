package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.PaletteState;
import org.smriti.core.mock.QuestionState;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.ui.common.QuestionText;

/** The test in progress: header with the countdown, the question and its options, the actions and the palette. */
final class TakingView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final long LOW_TIME_MILLIS = 60_000;
    private static final javafx.util.Duration WARNING_SHOWN_FOR = javafx.util.Duration.seconds(8);

    private final MockViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label position = new Label();
    private final Label topic = new Label();
    private final Label countdown = new Label();
    private final VBox questionBox = new VBox(16);
    private final ScrollPane questionScroll = new ScrollPane(questionBox);
    private final ToggleGroup optionGroup = new ToggleGroup();
    private final List<ToggleButton> options = new ArrayList<>();
    private final TilePane palette = new TilePane();
    private final ScrollPane paletteScroll = new ScrollPane();
    private final List<Button> paletteButtons = new ArrayList<>();
    private final Map<PaletteState, Label> legendCounts = new java.util.EnumMap<>(PaletteState.class);
    private String shownTest;
    private int shownIndex = -1;
    private Alert confirmation;
    private Button currentButton;

    TakingView(MockViewModel model) {
        this.model = model;
        root.setId("mock-taking");
        root.getStyleClass().add("mock-taking");
        root.setTop(header());
        questionBox.getStyleClass().add("mock-question");
        questionScroll.setFitToWidth(true);
        questionScroll.getStyleClass().add("edge-to-edge");
        questionScroll.setId("mock-question-scroll");
        BorderPane.setMargin(questionScroll, new Insets(0, 16, 0, 0));
        root.setCenter(questionScroll);
        root.setRight(palettePanel());
        root.setBottom(actions());
        model.sessionProperty().addListener((obs, old, now) -> {
            if (now != null && model.screenProperty().get() == MockViewModel.Screen.TAKING) {
                render(now);
            }
        });
        model.screenProperty().addListener((obs, old, now) -> {
            if (now == MockViewModel.Screen.TAKING) {
                render(model.sessionProperty().get());
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
            model.select(option);
            return true;
        }
        switch (code) {
            case N:
                model.saveAndNext();
                return true;
            case P:
                model.previous();
                return true;
            case M:
                model.markAndNext();
                return true;
            case C:
                model.clearResponse();
                return true;
            default:
                return false;
        }
    }

    private static int optionFor(KeyCode code) {
        switch (code) {
            case A: case DIGIT1: case NUMPAD1:
                return 0;
            case B: case DIGIT2: case NUMPAD2:
                return 1;
            case D: case DIGIT4: case NUMPAD4:
                return 3;
            default:
                // C is Clear Response (the CBT's own key), so (c) is chosen with 3.
                return code == KeyCode.DIGIT3 || code == KeyCode.NUMPAD3 ? 2 : -1;
        }
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
        text.textProperty().bind(model.warningProperty());
        text.setWrapText(true);
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        Button close = new Button("", new FontIcon(Feather.X));
        close.setId("mock-warning-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> model.dismissWarning());
        HBox toast = new HBox(10, icon, text, close);
        toast.setAlignment(Pos.CENTER_LEFT);
        toast.getStyleClass().add("mock-toast");
        toast.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        toast.visibleProperty().bind(model.warningProperty().isNotEmpty());
        toast.managedProperty().bind(toast.visibleProperty());
        // Non-blocking: it goes away by itself, the countdown stays on screen anyway.
        PauseTransition hide = new PauseTransition(WARNING_SHOWN_FOR);
        hide.setOnFinished(e -> model.dismissWarning());
        model.warningProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                hide.playFromStart();
            }
        });
        return toast;
    }

    private Node actions() {
        Button mark = button("Mark for Review & Next", "mock-mark", "M", model::markAndNext);
        Button clear = button("Clear Response", "mock-clear", "C", model::clearResponse);
        Button previous = button("Previous", "mock-previous", "P", model::previous);
        Button next = button("Save & Next", "mock-save-next", "N", model::saveAndNext);
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

    private Node palettePanel() {
        Label heading = new Label("Question palette");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        palette.setId("mock-palette");
        palette.setHgap(6);
        palette.setVgap(6);
        palette.setPrefColumns(5);
        palette.getStyleClass().add("mock-palette");
        paletteScroll.setContent(palette);
        // A test shown for the first time is laid out after it is rendered: reveal again once sizes are known.
        palette.heightProperty().addListener(x -> revealInPalette());
        paletteScroll.viewportBoundsProperty().addListener(x -> revealInPalette());
        paletteScroll.setFitToWidth(true);
        paletteScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(paletteScroll, Priority.ALWAYS);
        GridPane legend = new GridPane();
        legend.setHgap(8);
        legend.setVgap(6);
        legend.setId("mock-legend");
        int row = 0;
        for (PaletteState state : PaletteState.values()) {
            Label swatch = new Label();
            swatch.getStyleClass().addAll("palette-button", "palette-swatch", styleClass(state));
            Label name = new Label(state.label());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label count = new Label("0");
            count.setId("mock-legend-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            count.setMinWidth(Region.USE_PREF_SIZE);
            legendCounts.put(state, count);
            legend.addRow(row++, swatch, name, count);
        }
        VBox panel = new VBox(10, heading, paletteScroll, legend);
        panel.getStyleClass().add("mock-palette-panel");
        return panel;
    }

    static String styleClass(PaletteState state) {
        return "palette-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void render(MockSession s) {
        if (!s.testId().equals(shownTest)) {
            shownTest = s.testId();
            shownIndex = -1;
            buildPalette(s);
            title.setText("Mock test · " + s.spec().preset().label() + " · marking " + s.spec().scheme().describe());
        }
        if (s.currentIndex() != shownIndex) {
            shownIndex = s.currentIndex();
            showQuestion(s);
        }
        position.setText("Question " + (s.currentIndex() + 1) + " of " + s.size());
        countdown.setText(model.remainingText());
        countdown.pseudoClassStateChanged(LOW, s.remainingMillis() <= LOW_TIME_MILLIS);
        int selected = s.current().selected();
        for (int i = 0; i < options.size(); i++) {
            options.get(i).setSelected(i == selected);
        }
        for (int i = 0; i < paletteButtons.size(); i++) {
            Button b = paletteButtons.get(i);
            PaletteState state = s.paletteState(i);
            String cls = styleClass(state);
            if (!b.getStyleClass().contains(cls)) {
                b.getStyleClass().removeIf(c -> c.startsWith("palette-") && !c.equals("palette-button"));
                b.getStyleClass().add(cls);
                b.getTooltip().setText("Question " + (i + 1) + ": " + state.label());
            }
            b.pseudoClassStateChanged(CURRENT, i == s.currentIndex());
        }
        s.paletteCounts().forEach((state, n) -> legendCounts.get(state).setText(Integer.toString(n)));
        currentButton = paletteButtons.get(s.currentIndex());
        revealInPalette();
    }

    /** Scrolls the palette just enough to show the current question's button (a long test does not fit). */
    private void revealInPalette() {
        Button button = currentButton;
        if (button == null) {
            return;
        }
        double content = palette.getHeight();
        double view = paletteScroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = paletteScroll.getVvalue() * (content - view);
        double y = button.getBoundsInParent().getMinY();
        double bottom = button.getBoundsInParent().getMaxY();
        if (y < top) {
            paletteScroll.setVvalue(y / (content - view));
        } else if (bottom > top + view) {
            paletteScroll.setVvalue(Math.min(1, (bottom - view) / (content - view)));
        }
    }

    private void buildPalette(MockSession s) {
        paletteButtons.clear();
        for (int i = 0; i < s.size(); i++) {
            int index = i;
            Button b = new Button(Integer.toString(i + 1));
            b.setId("mock-palette-" + (i + 1));
            b.getStyleClass().add("palette-button");
            b.setTooltip(new Tooltip());
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.jumpTo(index));
            paletteButtons.add(b);
        }
        palette.getChildren().setAll(paletteButtons);
    }

    private void showQuestion(MockSession s) {
        ObjectiveQuestion q = model.currentQuestion();
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
                model.select(index);
                // Clicking a chosen option again keeps it chosen, as in the CBT; Clear Response removes it.
                option.setSelected(model.sessionProperty().get().current().selected() == index);
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
        if (!model.running()) {
            return;
        }
        Map<PaletteState, Integer> counts = model.paletteCounts();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (PaletteState state : PaletteState.values()) {
            Label swatch = new Label();
            swatch.getStyleClass().addAll("palette-button", "palette-swatch", styleClass(state));
            Label count = new Label(Integer.toString(counts.get(state)));
            count.setId("mock-confirm-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, swatch, new Label(state.label()), count);
        }
        Label note = new Label("Answered questions count, marked or not. You cannot change answers after submitting.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        ButtonType submit = new ButtonType("Submit test", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepGoing = new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", submit, keepGoing);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Submit the test?");
        alert.setHeaderText("Submit the test with " + model.remainingText() + " left?");
        alert.getDialogPane().setContent(new VBox(12, grid, note));
        alert.getDialogPane().setId("mock-submit-dialog");
        alert.getDialogPane().getStylesheets().add(MockPage.CSS);
        // The dialog has its own scene: give it the window's font size (set inline on the window's root).
        alert.getDialogPane().setStyle(root.getScene().getRoot().getStyle());
        confirmation = alert;
        boolean confirmed = alert.showAndWait().filter(submit::equals).isPresent();
        confirmation = null;
        if (confirmed) {
            model.submit();
        }
    }
}
