package org.smriti.ui.review;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.smriti.core.question.SourceRef;
import org.smriti.ui.common.CardFront;
import org.smriti.ui.review.ReviewViewModel.Phase;
import org.smriti.ui.shell.Page;

/**
 * The Review screen: its start screen, the card being studied and the session's summary, one at a time, as the
 * model's phase says. Each is built on first use; the keyboard is {@link ReviewKeys}.
 */
public final class ReviewPage implements Page {

    private final ReviewViewModel model;
    private final Consumer<SourceRef> openSource;
    private final Function<String, String> documentTitle;
    private final StackPane root = new StackPane();
    private ReviewStartView startView;
    private ReviewCardView cardView;
    private ReviewSummaryView summaryView;

    /**
     * @param openSource    shows a question's source passage in the Sources screen
     * @param documentTitle the human title of a source document
     */
    public ReviewPage(ReviewViewModel model, Consumer<SourceRef> openSource, Function<String, String> documentTitle) {
        this.model = model;
        this.openSource = openSource;
        this.documentTitle = documentTitle;
        root.setId("page-review");
        root.getStylesheets().addAll(CardFront.STYLESHEET, ReviewPage.class.getResource("review.css").toExternalForm());
        root.setFocusTraversable(true);
        ReviewKeys keys = new ReviewKeys(model, fraction -> {
            if (cardView != null) {
                cardView.scrollBy(fraction);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        model.phaseProperty().addListener((obs, old, now) -> showPhase(now));
        showPhase(model.phaseProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        if (model.phaseProperty().get() == Phase.START || model.phaseProperty().get() == Phase.FINISHED) {
            model.startScreen().refreshToday();
        }
        root.requestFocus();
    }

    @Override
    public void onTick() {
        model.tick();
    }

    public ReviewViewModel model() {
        return model;
    }

    /** Starts the daily review at once (Home's "Start review"). */
    public void startDaily() {
        model.start(Practice.daily());
        root.requestFocus();
    }

    private void showPhase(Phase phase) {
        switch (phase) {
            case START -> {
                if (startView == null) {
                    startView = new ReviewStartView(model);
                }
                root.getChildren().setAll(startView);
            }
            case FINISHED -> {
                if (summaryView == null) {
                    summaryView = new ReviewSummaryView(model);
                }
                summaryView.show();
                root.getChildren().setAll(summaryView);
            }
            default -> {
                if (cardView == null) {
                    cardView = new ReviewCardView(model, openSource, documentTitle, root::requestFocus);
                }
                root.getChildren().setAll(cardView);
                cardView.render();
            }
        }
        root.requestFocus();
    }
}
