package org.smriti.ui.editor;

import static org.smriti.core.text.Words.plural;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.ui.common.CardBack;
import org.smriti.ui.common.CardFront;
import org.smriti.ui.common.Fxml;

/**
 * The card as Review will show it, redrawn on every change: its front, then its back after a right answer.
 * A cloze note with several deletions previews one card at a time (frame in FXML).
 */
final class PreviewView extends VBox {

    private final CardEditorViewModel model;
    private final CardBack cardBack;
    private final ToggleGroup choice = new ToggleGroup();
    @FXML private FlowPane cardChoice;
    @FXML private Label empty;
    @FXML private VBox card;
    @FXML private VBox front;
    @FXML private Label backLabel;
    @FXML private VBox back;

    PreviewView(CardEditorViewModel model) {
        this.model = model;
        // The preview does not leave the editor: its "Open in source" does nothing.
        this.cardBack = new CardBack(ref -> { }, model::documentTitle);
        Fxml.load(this);
        getStylesheets().add(CardFront.STYLESHEET);
        cardChoice.managedProperty().bind(cardChoice.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        card.managedProperty().bind(card.visibleProperty());
        model.previewCards().addListener((ListChangeListener<Question>) c -> showChoice());
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.previewIndex().set((Integer) now.getUserData());
            } else if (old != null) {
                choice.selectToggle(old);
            }
        });
        model.previewIndex().addListener((obs, old, now) -> showChoice());
        model.preview().addListener((obs, old, now) -> render());
        model.checked().addListener((obs, old, now) -> render());
        showChoice();
        render();
    }

    private void showChoice() {
        int n = model.previewCards().size();
        if (cardChoice.getChildren().size() != n) {
            cardChoice.getChildren().clear();
            for (int i = 0; i < n; i++) {
                Question q = model.previewCards().get(i);
                ToggleButton b = new ToggleButton("Card " + (q instanceof Cloze c ? "c" + c.number() : i + 1));
                b.setId("editor-preview-card-" + i);
                b.setUserData(i);
                b.setToggleGroup(choice);
                b.getStyleClass().add("small");
                cardChoice.getChildren().add(b);
            }
        }
        int index = model.previewIndex().get();
        if (index >= 0 && index < n) {
            choice.selectToggle((ToggleButton) cardChoice.getChildren().get(index));
        }
        cardChoice.setVisible(n > 1);
    }

    private void render() {
        Question q = model.preview().get();
        CheckedDraft checked = model.checked().get();
        empty.setVisible(q == null);
        card.setVisible(q != null);
        if (q == null) {
            int left = checked == null ? 0 : checked.problems().size();
            empty.setText("The preview appears when the card is complete: " + plural(left, "problem")
                    + " left to fix, marked in red.");
            front.getChildren().clear();
            back.getChildren().clear();
            return;
        }
        front.getChildren().setAll(CardFront.of(q, -1, false, i -> { }));
        back.getChildren().clear();
        if (q instanceof ObjectiveQuestion o) {
            backLabel.setText("Back, after choosing the right answer");
            Node[] answered = CardFront.of(q, o.correctOption(), true, i -> { });
            back.getChildren().add(answered[answered.length - 1]); // the options, the right one marked
            back.getChildren().add(cardBack.of(q, true));
        } else {
            backLabel.setText("Back");
            back.getChildren().add(cardBack.of(q, null));
        }
        keepOutOfTabOrder(front);
        keepOutOfTabOrder(back);
    }

    /** The preview is to look at: Tab goes from the last field to Save, not through the preview's buttons. */
    private static void keepOutOfTabOrder(Node node) {
        node.setFocusTraversable(false);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(PreviewView::keepOutOfTabOrder);
        }
    }
}
