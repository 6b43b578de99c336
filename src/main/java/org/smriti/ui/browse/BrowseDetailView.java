package org.smriti.ui.browse;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.ui.common.Dialogs;
import org.smriti.ui.common.Labels;
import org.smriti.ui.common.Names;
import org.smriti.ui.common.QuestionText;

/**
 * Browse's detail pane: the selected question with its answer, source, memory state and history, and what can be
 * done with it — bookmark, suspend, reset; edit and delete an own card; copy a bundled one to my cards.
 */
final class BrowseDetailView extends ScrollPane {

    private final BrowseDetailModel model;
    private final Runnable reselect;
    private final VBox box = new VBox(14);
    private final Button bookmark = button("browse-bookmark", "Bookmark");
    private final Button suspend = button("browse-suspend", "Suspend");
    private final Button reset = button("browse-reset", "Reset progress…");
    private final Button edit = button("browse-edit", "Edit (Enter)");
    private final Button delete = button("browse-delete", "Delete…");
    private final Label message = new Label();

    /** @param reselect selects the shown question's row again after an action replaced it */
    BrowseDetailView(BrowseDetailModel model, Runnable reselect) {
        super();
        this.model = model;
        this.reselect = reselect;
        setContent(box);
        setId("browse-detail");
        setFitToWidth(true);
        getStyleClass().add("browse-detail");
        box.getStyleClass().add("browse-detail-content");
        message.setId("browse-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.failedProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        bookmark.setOnAction(e -> withShown(row -> act(() -> model.toggleBookmark(row.id()))));
        suspend.setOnAction(e -> withShown(row -> act(() -> model.toggleSuspended(row.id()))));
        reset.setOnAction(e -> withShown(row -> confirmReset(row.id())));
        reset.getStyleClass().add(Styles.DANGER);
        edit.setOnAction(e -> withShown(row -> model.edit(row.id())));
        delete.setOnAction(e -> withShown(this::confirmDelete));
        delete.getStyleClass().add(Styles.DANGER);
        model.detailProperty().addListener((obs, old, now) -> render(now));
        render(model.detailProperty().get());
    }

    /** Asks, then deletes the own card of {@code row} (Delete key or button). */
    void confirmDelete(BrowseRow row) {
        if (!row.own()) {
            return;
        }
        String id = row.id();
        Alert ask = Dialogs.over(getScene().getWindow(), new Alert(Alert.AlertType.CONFIRMATION));
        ask.setTitle("Delete card");
        ask.setHeaderText("Delete your card " + id + "?");
        ask.setContentText("Its review history stays in your journal. Ctrl+Z in Browse brings it back until you"
                + " close Smriti.");
        ButtonType yes = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        ask.getDialogPane().setId("browse-delete-confirm");
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            model.delete(id);
        }
    }

    private void withShown(Consumer<BrowseRow> action) {
        BrowseDetail shown = model.detailProperty().get();
        if (shown != null) {
            action.accept(shown.row());
        }
    }

    private void confirmReset(String id) {
        Alert ask = Dialogs.over(getScene().getWindow(), new Alert(Alert.AlertType.CONFIRMATION));
        ask.setTitle("Reset progress");
        ask.setHeaderText("Reset the progress of " + id + "?");
        ask.setContentText("Its schedule is forgotten and it becomes a new card. Past reviews stay in the statistics.");
        ButtonType yes = new ButtonType("Reset", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        ask.getDialogPane().setId("browse-reset-confirm");
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            act(() -> model.reset(id));
        }
    }

    /** Runs an action, then selects the same question again (its row was replaced). */
    private void act(Runnable action) {
        action.run(); // a failure is reported by the model's message
        reselect.run();
    }

    private void render(BrowseDetail d) {
        List<Node> parts = new ArrayList<>();
        if (d == null) {
            Label none = new Label("Select a question to see it with its memory state. "
                    + "Arrow keys move through the table; B bookmarks.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().setAll(none, message);
            return;
        }
        BrowseRow row = d.row();
        bookmark.setText(row.bookmarked() ? "Remove bookmark" : "Bookmark");
        suspend.setText(row.suspended() ? "Unsuspend" : "Suspend");
        edit.setText(row.own() ? "Edit (Enter)" : "Copy to my cards");
        FlowPane actions = new FlowPane(8, 8, bookmark, suspend, reset);
        // A Mains question has model points the editor does not write; it stays as the bank has it.
        if (d.question().filter(q -> q.type() != QuestionType.DESCRIPTIVE).isPresent()) {
            actions.getChildren().add(edit);
        }
        if (row.own()) {
            actions.getChildren().add(delete);
        }
        parts.add(actions);
        parts.add(message);
        Label id = new Label(row.id() + (row.type() == null ? "" : "  ·  " + Names.of(row.type()))
                + (row.topic() == null ? "" : "  ·  " + row.topic().label()) + (row.own() ? "  ·  my card" : ""));
        id.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        id.setWrapText(true);
        parts.add(id);
        if (d.question().isPresent()) {
            question(d, parts);
        } else {
            Label gone = Labels.wrapping("This question is no longer in the question bank. Its progress is kept and "
                    + "comes back with it if the question returns in a later bank.");
            gone.getStyleClass().add("orphaned-note");
            parts.add(gone);
        }
        parts.add(section("Memory", facts(d.memory())));
        parts.add(section("Review history", history(d.history())));
        box.getChildren().setAll(parts);
        setVvalue(0);
    }

    private static void question(BrowseDetail d, List<Node> parts) {
        Question q = d.question().get();
        parts.add(QuestionText.of(q));
        parts.add(answer(q));
        if (!q.explanation().isEmpty()) {
            parts.add(section("Explanation", Labels.wrapping(q.explanation())));
        }
        q.source().ifPresent(ref -> {
            Label quote = Labels.wrapping("“" + ref.quote() + "”");
            quote.getStyleClass().add("source-quote");
            Label from = Labels.wrapping("— " + d.sourceTitle().orElse(ref.doc()));
            from.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox source = new VBox(4, quote, from);
            if (d.row().state() == BrowseState.QUOTE_CHANGED || d.row().state() == BrowseState.SOURCE_REMOVED) {
                Label flag = Labels.wrapping(d.row().state() == BrowseState.QUOTE_CHANGED
                        ? "This passage is no longer in the note: edit the card to quote the note as it is now."
                        : "The note was deleted (it is in the data folder's trash); the card keeps its quote.");
                flag.setId("browse-source-flag");
                flag.getStyleClass().add(Styles.WARNING);
                source.getChildren().add(flag);
            }
            parts.add(section("Source", source));
        });
    }

    private static Node answer(Question q) {
        VBox box = new VBox(6);
        if (q instanceof ObjectiveQuestion o) {
            for (int i = 0; i < o.options().size(); i++) {
                boolean right = i == o.correctOption();
                Label opt = Labels.wrapping(QuestionText.optionLetter(i) + " " + o.options().get(i) + (right ? "   ✓ correct" : ""));
                opt.getStyleClass().add(right ? "option-correct" : "option");
                if (right) {
                    opt.setId("browse-correct-option");
                }
                box.getChildren().add(opt);
            }
            return section("Options", box);
        }
        if (q instanceof Flashcard f) {
            Label a = Labels.wrapping(f.answer());
            a.getStyleClass().add("option-correct");
            return section("Answer", a);
        }
        if (q instanceof Cloze c) {
            return section("Answer", QuestionText.clozeRevealed(c));
        }
        for (String p : ((Descriptive) q).points()) {
            box.getChildren().add(Labels.wrapping("• " + p));
        }
        return section("Model answer points", box);
    }

    /** Label and value share the width, both wrapping, so a narrow pane at a large font cuts nothing off. */
    private static Node facts(List<BrowseDetail.Fact> facts) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(40);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(60);
        g.getColumnConstraints().setAll(name, value);
        for (int i = 0; i < facts.size(); i++) {
            Label l = Labels.wrapping(facts.get(i).label());
            l.getStyleClass().add(Styles.TEXT_MUTED);
            g.add(l, 0, i);
            g.add(Labels.wrapping(facts.get(i).value()), 1, i);
        }
        return g;
    }

    /** One flowing line per review, which wraps rather than cuts when the pane is narrow. */
    private static Node history(List<BrowseDetail.HistoryLine> lines) {
        if (lines.isEmpty()) {
            Label none = new Label("No reviews yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        VBox list = new VBox(4);
        list.setId("browse-history");
        for (BrowseDetail.HistoryLine l : lines) {
            Label rating = new Label(l.rating());
            rating.getStyleClass().addAll("rating", "rating-" + l.rating().toLowerCase(Locale.ROOT));
            Label when = new Label(l.when());
            when.getStyleClass().add(Styles.TEXT_MUTED);
            FlowPane line = new FlowPane(10, 2, when, rating, new Label(l.time()), new Label(l.states()));
            line.getStyleClass().add("history-line");
            list.getChildren().add(line);
        }
        return list;
    }

    private static VBox section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, heading, body);
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }
}
