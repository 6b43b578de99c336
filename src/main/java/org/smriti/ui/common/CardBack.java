package org.smriti.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;

/**
 * The back of a card as Review shows it: the verdict or the answer, the explanation, and the sentence it came from.
 * The card editor previews the same back.
 */
public final class CardBack {

    private final Consumer<SourceRef> openSource;
    private final Function<String, String> documentTitle;

    public CardBack(Consumer<SourceRef> openSource, Function<String, String> documentTitle) {
        this.openSource = openSource;
        this.documentTitle = documentTitle;
    }

    /** @param correct for an objective question, whether the choice was right; otherwise {@code null} */
    public Node of(Question q, Boolean correct) {
        VBox box = new VBox(12);
        box.setId("review-answer");
        if (q instanceof ObjectiveQuestion o) {
            boolean right = Boolean.TRUE.equals(correct);
            Label verdict = new Label(right ? "Correct"
                    : "Wrong — the answer is " + QuestionText.optionLetter(o.correctOption()) + " "
                    + o.options().get(o.correctOption()));
            verdict.setId("review-verdict");
            verdict.setWrapText(true);
            verdict.getStyleClass().addAll(Styles.TITLE_4, right ? "verdict-right" : "verdict-wrong");
            box.getChildren().add(verdict);
        } else if (q instanceof Flashcard f) {
            box.getChildren().add(recalled(f.answer()));
        } else if (q instanceof Cloze c) {
            Node text = QuestionText.clozeRevealed(c);
            text.getStyleClass().add("flashcard-answer");
            text.setId("review-flashcard-answer");
            box.getChildren().add(text);
        } else if (q instanceof Descriptive d) {
            Label heading = new Label("Model answer points — rate how much of this you covered");
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox points = new VBox(6);
            points.setId("review-points");
            for (String p : d.points()) {
                Label l = new Label("•  " + p);
                l.setWrapText(true);
                points.getChildren().add(l);
            }
            box.getChildren().addAll(heading, points);
        }
        if (!q.explanation().isEmpty()) {
            Label explanation = new Label(q.explanation());
            explanation.setWrapText(true);
            explanation.setId("review-explanation");
            Label whyTitle = new Label("Explanation");
            whyTitle.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().addAll(whyTitle, explanation);
        }
        q.source().ifPresent(ref -> box.getChildren().add(source(ref)));
        return box;
    }

    private static Label recalled(String text) {
        Label answer = new Label(text);
        answer.setId("review-flashcard-answer");
        answer.setWrapText(true);
        answer.getStyleClass().add("flashcard-answer");
        return answer;
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
}
