package org.smriti.ui.review;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.DailyQueue;
import org.smriti.ui.common.Pages;
import org.smriti.ui.common.QuestionText;
import org.smriti.ui.review.ReviewViewModel.Phase;
import org.smriti.ui.review.ReviewViewModel.Practice;
import org.smriti.ui.shell.Page;
import static org.smriti.core.text.Words.plural;

/**
 * The Review screen. Keyboard first: 1–4 or A–D choose, Enter checks, Space shows a flashcard's answer; after the
 * answer 1–4 rate, Space is Good and Enter takes the suggested rating; Ctrl+B (or B when not choosing an option)
 * bookmarks, Ctrl+Z undoes.
 */
public final class ReviewPage implements Page {

    private final ReviewViewModel model;
    private final Consumer<SourceRef> openSource;
    private final Function<String, String> documentTitle;
    private final StackPane root = new StackPane();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private Node startView;
    private Node cardView;
    private Node summaryView;
    private final VBox cardBody = new VBox(16);
    private final HBox actionBar = new HBox(10);
    private final Label messageLabel = new Label();
    private ScrollPane scroll;

    /**
     * @param openSource    shows a question's source passage in the Sources screen
     * @param documentTitle the human title of a seed file
     */
    public ReviewPage(ReviewViewModel model, Consumer<SourceRef> openSource, Function<String, String> documentTitle) {
        this.model = model;
        this.openSource = openSource;
        this.documentTitle = documentTitle;
        root.setId("page-review");
        root.getStylesheets().add(ReviewPage.class.getResource("review.css").toExternalForm());
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        clock.setCycleCount(Timeline.INDEFINITE);
        model.phaseProperty().addListener((obs, old, now) -> showPhase(now));
        model.questionProperty().addListener((obs, old, now) -> renderCard());
        model.selectedProperty().addListener((obs, old, now) -> renderCard());
        showPhase(model.phaseProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        if (model.phaseProperty().get() == Phase.START || model.phaseProperty().get() == Phase.FINISHED) {
            model.refreshToday();
        }
        root.requestFocus();
    }

    public ReviewViewModel model() {
        return model;
    }

    /** Starts the daily review at once (Home's "Start review"). */
    public void startDaily() {
        model.start(Practice.daily());
        root.requestFocus();
    }

    private void tick() {
        model.tick();
    }

    // ---- phases ----------------------------------------------------------------------------------------------

    private void showPhase(Phase phase) {
        switch (phase) {
            case START:
                clock.stop();
                if (startView == null) {
                    startView = buildStart();
                }
                root.getChildren().setAll(startView);
                break;
            case FINISHED:
                clock.stop();
                summaryView = buildSummary();
                root.getChildren().setAll(summaryView);
                break;
            default:
                if (cardView == null) {
                    cardView = buildCardView();
                }
                root.getChildren().setAll(cardView);
                renderCard();
                clock.play();
        }
        root.requestFocus();
    }

    private Node buildStart() {
        Label title = new Label("Review");
        title.getStyleClass().add(Styles.TITLE_2);
        Label newCount = countTile("New", "review-count-new");
        Label learning = countTile("Learning", "review-count-learning");
        Label review = countTile("To review", "review-count-review");
        Label hint = new Label();
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button start = new Button("Start review", new FontIcon(Feather.PLAY));
        start.setId("review-start");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setDefaultButton(true);
        start.setOnAction(e -> startDaily());
        Runnable counts = () -> {
            DailyQueue q = model.todayQueueProperty().get();
            newCount.setText(Integer.toString(q.newCount()));
            learning.setText(Integer.toString(q.learningCount()));
            review.setText(Integer.toString(q.reviewCount()));
            start.setDisable(q.isEmpty());
            hint.setText(q.isEmpty()
                    ? (q.learningLaterToday() > 0
                    ? q.learningLaterToday() + " learning cards come back later today. Practise below meanwhile."
                    : "All done for today. Come back tomorrow, or practise below.")
                    : "Press Enter to start. Cards you fail come back within minutes; the rest are spaced out.");
        };
        counts.run();
        model.todayQueueProperty().addListener((obs, old, now) -> counts.run());
        FlowPane tiles = new FlowPane(16, 16, tile(newCount, "New"), tile(learning, "Learning"),
                tile(review, "To review"));

        Label practiceTitle = new Label("Practice");
        practiceTitle.getStyleClass().add(Styles.TITLE_4);
        Label practiceHint = new Label("Practise part of the bank with the same scheduling: chosen topics, your "
                + "bookmarks, leeches (cards forgotten 8 times) or previous-year questions.");
        practiceHint.setWrapText(true);
        practiceHint.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane topicBoxes = new FlowPane(12, 8);
        Set<Topic> chosen = EnumSet.noneOf(Topic.class);
        for (Topic t : Topic.values()) {
            CheckBox box = new CheckBox(t.label());
            box.setId("review-topic-" + t.id());
            box.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    chosen.add(t);
                } else {
                    chosen.remove(t);
                }
            });
            topicBoxes.getChildren().add(box);
        }
        Button topics = new Button("Practise chosen topics");
        topics.setId("review-practice-topics");
        topics.setOnAction(e -> {
            if (chosen.isEmpty()) {
                messageLabel.setText("Tick at least one topic first.");
                return;
            }
            model.start(Practice.topics(chosen));
        });
        Button bookmarks = new Button("Bookmarked", new FontIcon(Feather.BOOKMARK));
        bookmarks.setId("review-practice-bookmarks");
        bookmarks.setOnAction(e -> model.start(Practice.bookmarks()));
        Button leeches = new Button("Leeches", new FontIcon(Feather.ALERT_TRIANGLE));
        leeches.setId("review-practice-leeches");
        leeches.setOnAction(e -> model.start(Practice.leeches()));
        Button pyqs = new Button("Previous-year questions", new FontIcon(Feather.AWARD));
        pyqs.setId("review-practice-pyqs");
        pyqs.setOnAction(e -> model.start(Practice.pyqs()));
        HBox practiceButtons = new HBox(10, topics, bookmarks, leeches, pyqs);
        practiceButtons.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(18, title, tiles, hint, start, new Region(), practiceTitle, practiceHint, topicBoxes,
                practiceButtons);
        return Pages.scrolling(box, null, 980);
    }

    private Node buildCardView() {
        Label session = new Label();
        session.textProperty().bind(model.sessionLabelProperty());
        session.getStyleClass().add(Styles.TEXT_BOLD);
        Label progress = new Label();
        progress.setId("review-progress");
        progress.textProperty().bind(model.doneProperty().asString("%d done")
                .concat(" · ").concat(model.leftProperty().asString("%d left")));
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        Label time = new Label();
        time.setId("review-time");
        time.setGraphic(new FontIcon(Feather.CLOCK));
        time.textProperty().bind(model.timeOnCardProperty());
        time.getStyleClass().add(Styles.TEXT_MUTED);
        ToggleButton bookmark = new ToggleButton("Bookmark", new FontIcon(Feather.BOOKMARK));
        bookmark.setTooltip(new Tooltip("Bookmark this card (Ctrl+B)"));
        bookmark.setId("review-bookmark");
        bookmark.setFocusTraversable(false);
        model.bookmarkedProperty().addListener((obs, old, now) -> bookmark.setSelected(now));
        bookmark.setOnAction(e -> {
            bookmark.setSelected(model.bookmarkedProperty().get());
            model.toggleBookmark();
        });
        Button undo = new Button("Undo", new FontIcon(Feather.ROTATE_CCW));
        undo.setTooltip(new Tooltip("Undo the last answer (Ctrl+Z)"));
        undo.setId("review-undo");
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button end = new Button("End session");
        end.setId("review-end");
        end.setFocusTraversable(false);
        end.setOnAction(e -> model.finish());
        HBox status = new HBox(14, progress, time);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox where = new VBox(2, session, status);
        HBox actions = new HBox(8, bookmark, undo, end);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane top = new BorderPane();
        top.setLeft(where);
        top.setRight(actions);
        BorderPane.setAlignment(where, Pos.CENTER_LEFT);
        top.getStyleClass().add("review-top");

        cardBody.getStyleClass().add("review-card");
        cardBody.setMaxWidth(900);
        StackPane centred = new StackPane(cardBody);
        StackPane.setAlignment(cardBody, Pos.TOP_CENTER);
        centred.setPadding(new Insets(8, 0, 24, 0));
        scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setId("review-scroll");
        scroll.getStyleClass().add("edge-to-edge");

        messageLabel.setId("review-message");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.getStyleClass().add("review-message");
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        messageLabel.visibleProperty().bind(messageLabel.managedProperty());

        actionBar.setAlignment(Pos.CENTER);
        actionBar.getStyleClass().add("review-actions");
        VBox bottom = new VBox(6, messageLabel, actionBar);
        bottom.setAlignment(Pos.CENTER);

        BorderPane layout = new BorderPane(scroll, top, null, bottom, null);
        layout.getStyleClass().add("review-layout");
        return layout;
    }

    private Node buildSummary() {
        ReviewViewModel.Summary s = model.summaryProperty().get();
        Label title = new Label(s.cards() == 0 ? "Nothing to review here" : "Session complete");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("review-summary-title");
        Label label = new Label(s.label());
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox stats = new VBox(8,
                summaryRow("Cards answered", Integer.toString(s.cards())),
                summaryRow("Accuracy", s.accuracyText()),
                summaryRow("Forgotten (Again)", Integer.toString(s.again())),
                summaryRow("Time", org.smriti.core.mock.TimeText.minutesSeconds(s.time())),
                summaryRow("Due by tomorrow", plural(s.dueTomorrow(), "card")));
        stats.setId("review-summary");
        Button back = new Button("Back to review start");
        back.setId("review-back");
        back.setDefaultButton(true);
        back.setOnAction(e -> model.backToStart());
        Button undo = new Button("Undo last answer");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        VBox box = new VBox(18, title, label, stats, new HBox(10, back, undo));
        box.getStyleClass().add("page");
        box.setMaxWidth(700);
        return box;
    }

    // ---- the card --------------------------------------------------------------------------------------------

    private void renderCard() {
        Question q = model.questionProperty().get();
        if (q == null || cardView == null) {
            return;
        }
        boolean answered = model.phaseProperty().get() == Phase.ANSWERED;
        cardBody.getChildren().setAll(meta(q), QuestionText.of(q));
        if (q instanceof ObjectiveQuestion) {
            cardBody.getChildren().add(options((ObjectiveQuestion) q, answered));
        }
        if (answered) {
            Node answer = answer(q);
            cardBody.getChildren().add(answer);
            // With a large font the verdict can fall below the fold: bring it into view.
            Platform.runLater(() -> scrollIntoView(answer));
        } else {
            scroll.setVvalue(0);
        }
        actionBar.getChildren().setAll(answered ? ratingButtons() : askButtons(q));
    }

    private void scrollIntoView(Node node) {
        double content = cardBody.getParent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double y = node.getBoundsInParent().getMinY();
        double wanted = Math.max(0, y - viewport / 3);
        scroll.setVvalue(Math.min(1, wanted / (content - viewport)));
    }

    private Node meta(Question q) {
        Label topic = new Label(q.primaryTopic().label());
        topic.getStyleClass().addAll(Styles.TEXT_SMALL, "chip");
        Label type = new Label(typeName(q));
        type.getStyleClass().addAll(Styles.TEXT_SMALL, "chip");
        Label level = new Label("Difficulty " + q.difficulty() + "/3");
        level.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox row = new HBox(8, topic, type, level);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node options(ObjectiveQuestion q, boolean answered) {
        VBox list = new VBox(8);
        list.setId("review-options");
        int chosen = model.selectedProperty().get();
        for (int i = 0; i < q.options().size(); i++) {
            int index = i;
            Button option = new Button(QuestionText.optionLetter(i) + "  " + q.options().get(i));
            option.setId("review-option-" + i);
            option.setWrapText(true);
            option.setMaxWidth(Double.MAX_VALUE);
            option.setAlignment(Pos.CENTER_LEFT);
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.setFocusTraversable(!answered);
            option.getStyleClass().add("option");
            if (index == chosen) {
                option.getStyleClass().add("option-chosen");
            }
            if (answered) {
                if (index == q.correctOption()) {
                    option.getStyleClass().add("option-right");
                    option.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                } else if (index == chosen) {
                    option.getStyleClass().add("option-wrong");
                    option.setGraphic(new FontIcon(Feather.X_CIRCLE));
                }
            } else {
                option.setOnAction(e -> {
                    model.choose(index);
                    root.requestFocus();
                });
            }
            list.getChildren().add(option);
        }
        return list;
    }

    private Node answer(Question q) {
        VBox box = new VBox(12);
        box.setId("review-answer");
        if (q instanceof ObjectiveQuestion) {
            ObjectiveQuestion o = (ObjectiveQuestion) q;
            boolean right = Boolean.TRUE.equals(model.correctProperty().get());
            Label verdict = new Label(right ? "Correct"
                    : "Wrong — the answer is " + QuestionText.optionLetter(o.correctOption()) + " "
                    + o.options().get(o.correctOption()));
            verdict.setId("review-verdict");
            verdict.setWrapText(true);
            verdict.getStyleClass().addAll(Styles.TITLE_4, right ? "verdict-right" : "verdict-wrong");
            box.getChildren().add(verdict);
        } else if (q instanceof Flashcard) {
            Label answer = new Label(((Flashcard) q).answer());
            answer.setId("review-flashcard-answer");
            answer.setWrapText(true);
            answer.getStyleClass().addAll("flashcard-answer");
            box.getChildren().add(answer);
        } else if (q instanceof Descriptive) {
            Label heading = new Label("Model answer points — rate how much of this you covered");
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox points = new VBox(6);
            points.setId("review-points");
            for (String p : ((Descriptive) q).points()) {
                Label l = new Label("•  " + p);
                l.setWrapText(true);
                points.getChildren().add(l);
            }
            box.getChildren().addAll(heading, points);
        }
        Label explanation = new Label(q.explanation());
        explanation.setWrapText(true);
        explanation.setId("review-explanation");
        Label whyTitle = new Label("Explanation");
        whyTitle.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().addAll(whyTitle, explanation);
        q.source().ifPresent(ref -> box.getChildren().add(source(ref)));
        return box;
    }

    private Node source(SourceRef ref) {
        Label quote = new Label("“" + ref.quote() + "”");
        quote.setWrapText(true);
        quote.getStyleClass().add("source-quote");
        Label doc = new Label("— " + documentTitle.apply(ref.doc()));
        doc.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        doc.setWrapText(true);
        Hyperlink open = new Hyperlink("Open in source");
        open.setId("review-open-source");
        open.setOnAction(e -> openSource.accept(ref));
        HBox foot = new HBox(10, doc, open);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, quote, foot);
        box.getStyleClass().add("source-box");
        return box;
    }

    private Node[] askButtons(Question q) {
        Button reveal;
        if (q instanceof ObjectiveQuestion) {
            reveal = new Button("Check (Enter)");
        } else if (q instanceof Descriptive) {
            reveal = new Button("Show model points (Space)");
        } else {
            reveal = new Button("Show answer (Space)");
        }
        reveal.setId("review-reveal");
        reveal.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        reveal.setFocusTraversable(false);
        reveal.setOnAction(e -> {
            model.reveal();
            root.requestFocus();
        });
        return new Node[] {reveal};
    }

    private Node[] ratingButtons() {
        Node[] nodes = new Node[4];
        Rating suggested = model.suggestedProperty().get();
        for (Rating r : Rating.values()) {
            Label name = new Label(r.grade() + "  " + ratingName(r));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label interval = new Label(model.intervalLabelProperty(r).get());
            interval.getStyleClass().add(Styles.TEXT_SMALL);
            VBox text = new VBox(2, name, interval);
            text.setAlignment(Pos.CENTER);
            Button b = new Button(null, text);
            b.setId("review-rate-" + r.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().addAll("rate-button", "rate-" + r.name().toLowerCase(java.util.Locale.ROOT));
            if (r == suggested) {
                b.getStyleClass().add("rate-suggested");
            }
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                model.rate(r);
                root.requestFocus();
            });
            nodes[r.ordinal()] = b;
        }
        return nodes;
    }

    // ---- keyboard --------------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        Phase phase = model.phaseProperty().get();
        if (phase != Phase.ASKING && phase != Phase.ANSWERED) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z) {
                model.undo();
                e.consume();
            } else if (code == KeyCode.B) {
                model.toggleBookmark();
                e.consume();
            }
            return; // Ctrl+digits belong to the navigation
        }
        if (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            double step = code == KeyCode.UP || code == KeyCode.DOWN ? 0.1 : 0.5;
            double sign = code == KeyCode.UP || code == KeyCode.PAGE_UP ? -1 : 1;
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + sign * step)));
            e.consume();
            return;
        }
        int digit = digit(code);
        boolean choosing = phase == Phase.ASKING && model.questionProperty().get() instanceof ObjectiveQuestion;
        // While an option is being chosen B means option (b); otherwise it bookmarks (Ctrl+B always does).
        int letter = choosing ? letter(code) : -1;
        if (code == KeyCode.B && !choosing) {
            model.toggleBookmark();
        } else if (phase == Phase.ASKING) {
            if (choosing && (digit >= 0 || letter >= 0)) {
                model.choose(digit >= 0 ? digit : letter);
            } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
                model.reveal();
            } else {
                return;
            }
        } else {
            if (digit >= 0) {
                model.rate(Rating.values()[digit]);
            } else if (code == KeyCode.SPACE) {
                model.rate(Rating.GOOD);
            } else if (code == KeyCode.ENTER) {
                model.rateSuggested();
            } else {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        switch (code) {
            case DIGIT1: case NUMPAD1: return 0;
            case DIGIT2: case NUMPAD2: return 1;
            case DIGIT3: case NUMPAD3: return 2;
            case DIGIT4: case NUMPAD4: return 3;
            default: return -1;
        }
    }

    private static int letter(KeyCode code) {
        switch (code) {
            case A: return 0;
            case B: return 1;
            case C: return 2;
            case D: return 3;
            default: return -1;
        }
    }

    // ---- small builders --------------------------------------------------------------------------------------

    private static Label countTile(String name, String id) {
        Label l = new Label("0");
        l.setId(id);
        l.getStyleClass().addAll(Styles.TITLE_1, "count-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return l;
    }

    private static Node tile(Label count, String name) {
        Label caption = new Label(name);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, count, caption);
        box.getStyleClass().add("tile");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node summaryRow(String name, String value) {
        Label n = new Label(name);
        n.setMinWidth(180);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.getStyleClass().add(Styles.TEXT_BOLD);
        v.setWrapText(true);
        return new HBox(12, n, v);
    }

    private static String ratingName(Rating r) {
        switch (r) {
            case AGAIN: return "Again";
            case HARD: return "Hard";
            case GOOD: return "Good";
            default: return "Easy";
        }
    }

    private static String typeName(Question q) {
        switch (q.type()) {
            case MCQ: return "Multiple choice";
            case STATEMENTS: return "Statements";
            case PAIRS: return "Pairs";
            case ASSERTION: return "Statement I / II";
            case CHRONOLOGY: return "Chronology";
            case FLASHCARD: return "Flashcard";
            default: return "Mains (descriptive)";
        }
    }
}
