package org.smriti.ui.stats;

import static org.smriti.ui.stats.StatsSection.DAY;
import static org.smriti.ui.stats.StatsSection.UI;
import static org.smriti.ui.stats.StatsSection.days;
import static org.smriti.ui.stats.StatsSection.header;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.ExamPlan;

/**
 * The exam day at the top of Stats: days left, the predicted mock score, recall by topic, the weakest cards and
 * the exam-mode toggle; without an exam date, a hint where to set one.
 */
final class ExamPanel {

    private ExamPanel() {
    }

    /** @param examMode the view model's toggle, bound to the check box */
    static Node of(StatsReport report, BooleanProperty examMode) {
        if (report.exam().isEmpty()) {
            Label hint = new Label("Set your exam date under Settings → Daily study to see the days left, your "
                    + "predicted recall on the day and a predicted mock score.");
            hint.setWrapText(true);
            hint.setId("stats-exam-hint");
            hint.getStyleClass().addAll("stats-section", Styles.TEXT_MUTED);
            hint.setMaxWidth(Double.MAX_VALUE);
            return hint;
        }
        ExamPlan plan = report.exam().get();
        VBox box = new VBox();
        box.getStyleClass().addAll("stats-section", "stats-exam");
        box.setId("stats-exam");
        Label h = new Label("Exam day: " + DAY.format(plan.examDate()));
        h.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(h);
        if (plan.passed()) {
            Label past = new Label("This date has passed. Set the next exam date under Settings.");
            past.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(past);
            return box;
        }
        Label daysLeft = new Label(plan.daysLeft() == 0 ? "Today" : days((int) plan.daysLeft()) + " left");
        daysLeft.setId("stats-days-left");
        daysLeft.getStyleClass().add("stats-big-figure");
        Label score = new Label(plan.score()
                .map(p -> String.format(UI, "Predicted full mock: %.0f / %.0f marks (%.0f %%)", p.marks(),
                        p.maxMarks(), p.percent()))
                .orElse("No objective questions to predict a mock from."));
        score.setId("stats-predicted-score");
        score.getStyleClass().add("stats-figure-line");
        HBox figures = new HBox(daysLeft, score);
        figures.getStyleClass().add("stats-figures");
        figures.setAlignment(Pos.BASELINE_LEFT);
        Label assumption = new Label("Assumes no further review from today (each one only raises it), a never-studied "
                + "card as 0 % recall, 100 questions drawn evenly from the bank's objective questions, each right "
                + "with its FSRS recall on the morning of the exam, and a question answered only when that recall "
                + "is at least ¼ (break-even under +2 / −⅔) — otherwise left blank.");
        assumption.setWrapText(true);
        assumption.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        box.getChildren().addAll(figures, assumption,
                StatsSection.twoColumns(topicRecall(plan), weakest(plan)), examMode(report, examMode));
        return box;
    }

    private static Node topicRecall(ExamPlan plan) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stats-table");
        grid.setId("stats-exam-topics");
        Label h = header("Predicted recall on the day, by topic");
        grid.add(h, 0, 0, 3, 1);
        int row = 1;
        for (ExamPlan.TopicForecast t : plan.topics()) {
            Label name = new Label(t.topic().label());
            ProgressBar bar = new ProgressBar(t.meanRecall());
            bar.getStyleClass().add("stats-recall-bar");
            Label value = new Label(String.format(UI, "%.0f %%", 100 * t.meanRecall())
                    + (t.unseen() > 0 ? "  (" + t.unseen() + " of " + t.cards() + " unseen)" : ""));
            value.getStyleClass().add(Styles.TEXT_SMALL);
            grid.addRow(row++, name, bar, value);
        }
        return grid;
    }

    private static Node weakest(ExamPlan plan) {
        VBox box = new VBox();
        box.getStyleClass().add("stats-weakest");
        box.setId("stats-weakest");
        box.getChildren().add(header("Weakest studied cards on the day"));
        if (plan.weakest().isEmpty()) {
            Label none = new Label("None studied yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (ExamPlan.WeakCard c : plan.weakest()) {
            Label l = new Label(String.format(UI, "%3.0f %%  %s", 100 * c.recall(), c.prompt()));
            l.setTooltip(new Tooltip(c.questionId() + " · " + c.topic().label() + "\n" + c.prompt()));
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(l);
        }
        return box;
    }

    private static Node examMode(StatsReport report, BooleanProperty examMode) {
        CheckBox toggle = new CheckBox("Exam mode");
        toggle.setId("stats-exam-mode");
        toggle.selectedProperty().bindBidirectional(examMode);
        ExamMode.Unseen unseen = report.unseen().orElseThrow();
        String needed = unseen.cards() == 0 ? "every card has been seen at least once"
                : unseen.newPerDay().isPresent()
                ? unseen.cards() + " cards never seen need " + unseen.newPerDay().getAsInt() + " new a day to see "
                        + "them all before the exam"
                : unseen.cards() + " cards will not be seen before the exam";
        Label explain = new Label(String.format(UI, "Raises desired retention in a straight line to %.0f %% over the "
                + "last %d days and introduces enough new cards to see every card before the exam. Today: "
                + "retention %.2f, %d new cards a day; %s.", 100 * ExamMode.EXAM_RETENTION, ExamMode.RAMP_DAYS,
                report.examRetention(), report.examNewPerDay(), needed));
        explain.setWrapText(true);
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        VBox box = new VBox(toggle, explain);
        box.getStyleClass().add("stats-exam-mode");
        return box;
    }
}
