package org.smriti.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;

/** The front of a card as Review shows it: topic and type, the question as UPSC prints it, and its options. */
public final class CardFront {

    /** The styles of a card's front and back; a screen showing cards adds it to its root. */
    public static final String STYLESHEET = CardFront.class.getResource("card.css").toExternalForm();

    private CardFront() {
    }

    /**
     * @param chosen   the option chosen so far (0–3), or -1
     * @param answered whether the answer is shown: options then show right and wrong and cannot be chosen
     * @param choose   what choosing an option does (Review chooses it; a preview does nothing)
     */
    public static Node[] of(Question q, int chosen, boolean answered, IntConsumer choose) {
        if (q instanceof ObjectiveQuestion objective) {
            return new Node[] {meta(q), QuestionText.of(q), options(objective, chosen, answered, choose)};
        }
        return new Node[] {meta(q), QuestionText.of(q)};
    }

    private static Node meta(Question q) {
        Label topic = new Label(q.primaryTopic().label());
        topic.getStyleClass().addAll(Styles.TEXT_SMALL, "chip");
        Label type = new Label(Names.of(q.type()));
        type.getStyleClass().addAll(Styles.TEXT_SMALL, "chip");
        Label level = new Label("Difficulty " + q.difficulty() + "/3");
        level.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // Wraps rather than cuts the chips when the card is narrow (the editor's preview at a large font).
        FlowPane row = new FlowPane(8, 6, topic, type, level);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node options(ObjectiveQuestion q, int chosen, boolean answered, IntConsumer choose) {
        VBox list = new VBox(8);
        list.setId("review-options");
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
                option.setOnAction(e -> choose.accept(index));
            }
            list.getChildren().add(option);
        }
        return list;
    }
}
