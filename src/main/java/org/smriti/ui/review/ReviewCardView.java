package org.smriti.ui.review;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.ui.common.CardBack;
import org.smriti.ui.common.CardFront;
import org.smriti.ui.common.Fxml;
import org.smriti.ui.common.Names;
import org.smriti.ui.review.ReviewViewModel.Phase;

/** A card being studied (frame in {@code ReviewCardView.fxml}): the question, its options, then the answer. */
final class ReviewCardView extends BorderPane {

    private final ReviewViewModel model;
    private final CardBack answer;
    private final Runnable refocus;
    @FXML private Label session;
    @FXML private Label progress;
    @FXML private Label time;
    @FXML private HBox actions;
    @FXML private ToggleButton bookmark;
    @FXML private Button undo;
    @FXML private ScrollPane scroll;
    @FXML private VBox cardBody;
    @FXML private Label message;
    @FXML private HBox actionBar;

    /**
     * @param openSource    shows a question's source passage in the Sources screen
     * @param documentTitle the human title of a source document
     * @param refocus       gives the keyboard back to the screen after a click
     */
    ReviewCardView(ReviewViewModel model, Consumer<SourceRef> openSource, Function<String, String> documentTitle,
            Runnable refocus) {
        this.model = model;
        this.answer = new CardBack(openSource, documentTitle);
        this.refocus = refocus;
        Fxml.load(this);
        ReviewSessionModel sessionState = model.session();
        session.textProperty().bind(sessionState.sessionLabelProperty());
        progress.textProperty().bind(sessionState.doneProperty().asString("%d done")
                .concat(" · ").concat(sessionState.leftProperty().asString("%d left")));
        time.textProperty().bind(model.timeOnCardProperty());
        actions.setMinWidth(Region.USE_PREF_SIZE);
        model.bookmarkedProperty().addListener((obs, old, now) -> bookmark.setSelected(now));
        undo.disableProperty().bind(sessionState.canUndoProperty().not());
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.questionProperty().addListener((obs, old, now) -> render());
        model.selectedProperty().addListener((obs, old, now) -> render());
        model.phaseProperty().addListener((obs, old, now) -> render());
    }

    /** Scrolls the card by a fraction of its height (negative: up). */
    void scrollBy(double fraction) {
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + fraction)));
    }

    @FXML
    private void toggleBookmark() {
        bookmark.setSelected(model.bookmarkedProperty().get());
        model.toggleBookmark();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void finish() {
        model.finish();
    }

    void render() {
        Question q = model.questionProperty().get();
        Phase phase = model.phaseProperty().get();
        if (q == null || (phase != Phase.ASKING && phase != Phase.ANSWERED)) {
            return;
        }
        boolean answered = phase == Phase.ANSWERED;
        cardBody.getChildren().setAll(CardFront.of(q, model.selectedProperty().get(), answered, index -> {
            model.choose(index);
            refocus.run();
        }));
        if (answered) {
            Node shown = answer.of(q, model.correctProperty().get());
            cardBody.getChildren().add(shown);
            // With a large font the verdict can fall below the fold: bring it into view.
            Platform.runLater(() -> scrollIntoView(shown));
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

    private Node[] askButtons(Question q) {
        String text = q instanceof ObjectiveQuestion ? "Check (Enter)"
                : q instanceof Descriptive ? "Show model points (Space)" : "Show answer (Space)";
        Button reveal = new Button(text);
        reveal.setId("review-reveal");
        reveal.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        reveal.setFocusTraversable(false);
        reveal.setOnAction(e -> {
            model.reveal();
            refocus.run();
        });
        return new Node[] {reveal};
    }

    private Node[] ratingButtons() {
        Node[] nodes = new Node[4];
        Rating suggested = model.suggestedProperty().get();
        for (Rating r : Rating.values()) {
            Label name = new Label(r.grade() + "  " + Names.of(r));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label interval = new Label(model.intervalLabelProperty(r).get());
            interval.getStyleClass().add(Styles.TEXT_SMALL);
            VBox text = new VBox(2, name, interval);
            text.setAlignment(Pos.CENTER);
            Button b = new Button(null, text);
            String id = r.name().toLowerCase(Locale.ROOT);
            b.setId("review-rate-" + id);
            b.getStyleClass().addAll("rate-button", "rate-" + id);
            if (r == suggested) {
                b.getStyleClass().add("rate-suggested");
            }
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                model.rate(r);
                refocus.run();
            });
            nodes[r.ordinal()] = b;
        }
        return nodes;
    }
}
