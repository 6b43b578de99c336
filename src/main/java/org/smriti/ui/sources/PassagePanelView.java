package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.common.Labels;
import org.smriti.ui.common.Names;
import org.smriti.ui.sources.SourcesViewModel.Shown;

/** The open note's quoted passages, and the cards built on the one picked (in the list, or by a click). */
final class PassagePanelView extends VBox {

    private final SourcesViewModel model;
    private final ListView<Passage> passageList = new ListView<>();
    private final ListView<Question> questionList = new ListView<>();
    private final Label passageHeading = new Label();

    PassagePanelView(SourcesViewModel model) {
        super(8);
        this.model = model;
        passageList.setId("sources-passages");
        passageList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : snippet(p) + "  ·  " + plural(p.questions().size(), "question"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        passageList.setPlaceholder(new Label("No card quotes this note yet."));
        passageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedPassageProperty().get()) {
                model.selectPassage(now);
            }
        });
        questionList.setId("sources-questions");
        questionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : Names.of(q.type()) + " · " + q.prompt());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        passageHeading.getStyleClass().add(Styles.TITLE_4);
        Labels.wrapping(passageHeading);
        Label heading = new Label("Quoted passages");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Highlighted text is quoted by questions. Click it, or pick it here.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Labels.wrapping(hint);
        getChildren().addAll(heading, hint, passageList, passageHeading, questionList);
        VBox.setVgrow(passageList, Priority.ALWAYS);
        VBox.setVgrow(questionList, Priority.ALWAYS);
        getStyleClass().add("sources-side-panel");

        model.shownProperty().addListener((obs, old, now) -> show(now));
        model.selectedPassageProperty().addListener((obs, old, now) -> showPassage(now));
        show(model.shownProperty().get());
    }

    private void show(Shown shown) {
        passageList.getItems().setAll(shown == null ? List.of() : shown.passages());
        showPassage(model.selectedPassageProperty().get());
    }

    private void showPassage(Passage now) {
        if (now == null) {
            passageHeading.setText("Pick a passage to see its questions.");
            questionList.getItems().clear();
            passageList.getSelectionModel().clearSelection();
            return;
        }
        passageList.getItems().stream().filter(p -> p.contains(now.start())).findFirst()
                .ifPresent(p -> passageList.getSelectionModel().select(p));
        passageHeading.setText(now.questions().size() == 1
                ? "1 question quotes this passage"
                : now.questions().size() + " questions quote this passage");
        questionList.getItems().setAll(now.questions());
    }

    private String snippet(Passage p) {
        SourceDocument doc = model.selectedDocumentProperty().get();
        String text = doc == null ? "" : doc.text().substring(p.start(), Math.min(p.end(), doc.text().length()));
        text = text.replace("**", "").replaceAll("\\s+", " ").trim();
        return text.length() > 90 ? text.substring(0, 87) + "…" : text;
    }
}
