package org.smriti.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.ClozeText;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.Statements;

/**
 * Renders the stem of any question the way UPSC prints it: the lead-in, then the numbered statements, the
 * pairs table, Statement-I/II or the events, then the closing question. Used by Review, Mock test and Browse.
 * Text is always plain text (labels), never HTML.
 */
public final class QuestionText {

    private QuestionText() {
    }

    public static VBox of(Question q) {
        VBox box = new VBox(10);
        box.getStyleClass().add("question-text");
        q.pyq().ifPresent(p -> box.getChildren().add(badge(p.exam() + " " + p.year() + " · " + p.paper())));
        if (q instanceof Cloze c) {
            box.getChildren().add(clozeFront(c));
        } else {
            box.getChildren().add(stem(q.prompt()));
        }
        if (q instanceof Statements s) {
            box.getChildren().add(numbered(s.statements().stream().map(Statements.Statement::text).toList()));
            box.getChildren().add(stem(s.closingQuestion()));
        } else if (q instanceof Pairs p) {
            box.getChildren().addAll(pairsTable(p), stem(Pairs.CLOSING_QUESTION));
        } else if (q instanceof Assertion a) {
            box.getChildren().addAll(
                    labelled("Statement-I:", a.statement1()),
                    labelled("Statement-II:", a.statement2()),
                    stem(Assertion.CLOSING_QUESTION));
        } else if (q instanceof Chronology c) {
            box.getChildren().add(numbered(c.events().stream().map(Chronology.Event::text).toList()));
            box.getChildren().add(stem(Chronology.CLOSING_QUESTION));
        }
        return box;
    }

    /** A cloze card's text with every deletion filled in, this card's own answers in bold. */
    public static TextFlow clozeRevealed(Cloze card) {
        return cloze(card, false);
    }

    /** A cloze card's front: this card's deletions blanked ({@code […]} or the hint) and marked, the others shown. */
    static TextFlow clozeFront(Cloze card) {
        TextFlow flow = cloze(card, true);
        flow.getStyleClass().add("question-stem");
        return flow;
    }

    private static TextFlow cloze(Cloze card, boolean blanked) {
        TextFlow flow = new TextFlow();
        for (ClozeText.Part part : card.cloze().parts()) {
            Text run;
            if (part instanceof ClozeText.Deletion d && d.number() == card.number()) {
                run = new Text(blanked ? d.blank() : d.answer());
                run.getStyleClass().addAll("cloze-answer", Styles.TEXT_BOLD);
            } else if (part instanceof ClozeText.Deletion d) {
                run = new Text(d.answer());
            } else {
                run = new Text(((ClozeText.Plain) part).text());
            }
            run.getStyleClass().add("text");
            flow.getChildren().add(run);
        }
        return flow;
    }

    /** "(a)", "(b)", … as UPSC labels options. */
    public static String optionLetter(int index) {
        return "(" + (char) ('a' + index) + ")";
    }

    private static Label stem(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("question-stem");
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node numbered(List<String> lines) {
        VBox list = new VBox(6);
        for (int i = 0; i < lines.size(); i++) {
            list.getChildren().add(labelled((i + 1) + ".", lines.get(i)));
        }
        return list;
    }

    private static Node labelled(String marker, String text) {
        GridPane row = new GridPane();
        row.setHgap(8);
        Label m = new Label(marker);
        m.getStyleClass().add(Styles.TEXT_BOLD);
        m.setMinWidth(Label.USE_PREF_SIZE);
        Label t = new Label(text);
        t.setWrapText(true);
        t.setMinHeight(Label.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        row.getColumnConstraints().setAll(new ColumnConstraints(), grow);
        row.add(m, 0, 0);
        row.add(t, 1, 0);
        return row;
    }

    private static Node pairsTable(Pairs p) {
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(6);
        g.getStyleClass().add("pairs-table");
        Label left = new Label(p.leftHeader());
        Label right = new Label(p.rightHeader());
        left.getStyleClass().add(Styles.TEXT_BOLD);
        right.getStyleClass().add(Styles.TEXT_BOLD);
        g.add(left, 1, 0);
        g.add(right, 2, 0);
        for (int i = 0; i < p.pairs().size(); i++) {
            Pairs.Pair pair = p.pairs().get(i);
            g.add(new Label((i + 1) + "."), 0, i + 1);
            Label l = new Label(pair.left());
            Label r = new Label(pair.right());
            l.setWrapText(true);
            r.setWrapText(true);
            g.add(l, 1, i + 1);
            g.add(r, 2, i + 1);
        }
        return g;
    }

    private static Label badge(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("pyq-badge", Styles.TEXT_SMALL);
        return l;
    }
}
