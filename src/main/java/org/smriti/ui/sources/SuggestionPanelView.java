package org.smriti.ui.sources;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.ClozeText;
import org.smriti.core.suggest.Suggestion;
import org.smriti.ui.common.Labels;

/**
 * Suggested cards, one at a time: the card with its blank, the answer, the sentence it comes from and whether
 * that sentence already has a card; Enter accepts, E edits, Delete skips (the page routes the keys here).
 */
final class SuggestionPanelView extends VBox {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final SuggestionModel model;
    private final TextFlow card = new TextFlow();
    private final Label answer = new Label();
    private final Label quote = new Label();
    private final Label kind = new Label();
    private final Label carded = new Label("Its sentence already has a card");
    private final VBox body;
    private final Button acceptAll = new Button("Accept all remaining…");

    /**
     * @param edit         opens a suggestion in the card editor
     * @param confirmAll   asks before accepting all that remain; true to go ahead
     */
    SuggestionPanelView(SuggestionModel model, Consumer<CardDraft> edit, ConfirmAll confirmAll) {
        super(10);
        this.model = model;
        Label heading = new Label("Suggested cards");
        heading.getStyleClass().add(Styles.TITLE_4);
        Labels.wrapping(heading);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Close the suggestions (Esc)");
        close.setId("sources-suggestion-close");
        close.setOnAction(e -> model.close());
        HBox top = new HBox(8, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label counter = new Label();
        counter.setId("sources-suggestion-counter");
        counter.getStyleClass().add(Styles.TEXT_BOLD);
        counter.textProperty().bind(model.counterProperty());
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, "chip");
        carded.setId("sources-suggestion-carded");
        carded.getStyleClass().addAll(Styles.TEXT_SMALL, "suggestion-carded");
        carded.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        FlowPane facts = new FlowPane(8, 6, counter, kind, carded);
        facts.setAlignment(Pos.CENTER_LEFT);

        card.setId("sources-suggestion-text");
        card.getStyleClass().add("suggestion-card");
        answer.setId("sources-suggestion-answer");
        Labels.wrapping(answer);
        quote.setId("sources-suggestion-quote");
        quote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Labels.wrapping(quote);

        Button accept = action("Accept", "Enter", Feather.CHECK, "sources-suggestion-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setOnAction(e -> model.accept());
        Button editButton = action("Edit", "E", Feather.EDIT_2, "sources-suggestion-edit");
        editButton.setOnAction(e -> model.edit().ifPresent(edit));
        Button skip = action("Skip", "Delete", Feather.SKIP_FORWARD, "sources-suggestion-skip");
        skip.setOnAction(e -> model.skip());
        FlowPane actions = new FlowPane(8, 8, accept, editButton, skip);
        acceptAll.setId("sources-suggestion-accept-all");
        acceptAll.setOnAction(e -> {
            if (confirmAll.ask(model.acceptableRemaining(), model.cardedRemaining())) {
                model.acceptAllRemaining();
            }
        });
        body = new VBox(10, facts, card, answer, quote, actions, acceptAll);

        Label status = new Label();
        status.setId("sources-suggestion-status");
        Labels.wrapping(status);
        status.textProperty().bind(model.statusProperty());
        model.problemProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(PROBLEM, now));
        status.getStyleClass().add("suggestion-status");
        Button done = new Button("Close");
        done.setId("sources-suggestion-done");
        done.setOnAction(e -> model.close());
        done.visibleProperty().bind(model.currentProperty().isNull());
        done.managedProperty().bind(done.visibleProperty());

        // At a large font the panel is narrow and tall: its content scrolls under the fixed heading.
        VBox content = new VBox(10, body, status, done);
        content.getStyleClass().add("suggestion-content");
        // Wrapping rows may be narrower than their widest button: the panel is narrow at a large font.
        for (Region row : List.of(facts, actions, content, body)) {
            row.setMinWidth(0);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);
        setId("sources-suggestions");
        getStyleClass().addAll("sources-side-panel", "suggestion-panel");
        setFocusTraversable(true);
        model.currentProperty().addListener((obs, old, now) -> show(now));
        show(model.currentProperty().get());
    }

    /** Asks whether to save {@code count} cards at once ({@code carded} more are left out); true to go ahead. */
    @FunctionalInterface
    interface ConfirmAll {
        boolean ask(int count, int carded);
    }

    /** Shows the current suggestion again, e.g. once a card saved elsewhere quotes its sentence. */
    void refresh() {
        show(model.currentProperty().get());
    }

    private void show(Suggestion s) {
        body.setVisible(s != null);
        body.setManaged(s != null);
        if (s == null) {
            return;
        }
        card.getChildren().clear();
        for (ClozeText.Part part : ClozeText.parse(s.text()).parts()) {
            Text run;
            if (part instanceof ClozeText.Deletion d) {
                run = new Text(" " + d.blank() + " ");
                run.getStyleClass().add("suggestion-blank");
            } else {
                run = new Text(((ClozeText.Plain) part).text());
            }
            run.getStyleClass().add("suggestion-text");
            card.getChildren().add(run);
        }
        answer.setText("Answer: " + s.answer());
        quote.setText("From the note: “" + s.quote() + "”");
        kind.setText(s.kind().id());
        boolean hasCard = model.isCarded(s);
        carded.setVisible(hasCard);
        carded.setManaged(hasCard);
        acceptAll.setDisable(model.acceptableRemaining() == 0);
    }

    private static Button action(String text, String key, Feather icon, String id) {
        Button b = new Button(text + "  (" + key + ")", new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }
}
