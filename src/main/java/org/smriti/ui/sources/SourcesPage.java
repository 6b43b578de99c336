package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.common.Names;
import org.smriti.ui.shell.Page;
import org.smriti.ui.sources.SourcesViewModel.Passage;

/**
 * The Sources screen: the five notes in a clean reader, the passages questions quote highlighted; picking a
 * highlight (click, or the passage list by keyboard) lists the questions built on it.
 */
public final class SourcesPage implements Page {

    private final SourcesViewModel model;
    private final HBox root;
    private final VBox reader = new VBox(10);
    private final ScrollPane readerScroll = new ScrollPane(reader);
    private final Label docTitle = new Label();
    private final Label docCredit = new Label();
    private final ListView<Passage> passageList = new ListView<>();
    private final ListView<Question> questionList = new ListView<>();
    private final Label passageHeading = new Label();
    private final Map<Passage, List<Text>> highlights = new HashMap<>();

    public SourcesPage(SourcesViewModel model) {
        this.model = model;

        ListView<SourceDocument> docs = new ListView<>(model.documents());
        docs.setId("sources-documents");
        docs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SourceDocument doc, boolean empty) {
                super.updateItem(doc, empty);
                setText(empty || doc == null ? null : doc.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        docs.getSelectionModel().select(model.selectedDocumentProperty().get());
        docs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedDocumentProperty().set(now);
            }
        });
        // With a large font the side list leaves the reader too narrow: the notes are then picked from a box.
        ComboBox<SourceDocument> picker = new ComboBox<>(model.documents());
        picker.setId("sources-document-picker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceDocument doc) {
                return doc == null ? "" : doc.title();
            }

            @Override
            public SourceDocument fromString(String text) {
                return model.documents().stream().filter(d -> d.title().equals(text)).findFirst().orElse(null);
            }
        });
        picker.setValue(model.selectedDocumentProperty().get());
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedDocumentProperty().set(now);
            }
        });
        model.selectedDocumentProperty().addListener((obs, old, now) -> {
            docs.getSelectionModel().select(now);
            picker.setValue(now);
            render(now);
        });
        Label docsHeading = new Label("Source notes");
        docsHeading.getStyleClass().add(Styles.TITLE_4);
        VBox left = new VBox(8, docsHeading, docs);
        VBox.setVgrow(docs, Priority.ALWAYS);
        left.setPrefWidth(240);
        left.setMinWidth(200);

        docTitle.getStyleClass().add(Styles.TITLE_3);
        docTitle.setWrapText(true);
        docTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        docTitle.setId("sources-title");
        docCredit.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        reader.getStyleClass().add("source-reader");
        readerScroll.setFitToWidth(true);
        readerScroll.setId("sources-reader");
        VBox center = new VBox(6, picker, docTitle, docCredit, readerScroll);
        VBox.setVgrow(readerScroll, Priority.ALWAYS);
        HBox.setHgrow(center, Priority.ALWAYS);

        passageList.setId("sources-passages");
        passageList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                String text = snippet(p);
                setText(text + "  ·  " + plural(p.questions().size(), "question"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
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
        passageHeading.setWrapText(true);
        passageHeading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label passagesHeading = new Label("Quoted passages");
        passagesHeading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Highlighted text is quoted by questions. Click it, or pick it here.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox right = new VBox(8, passagesHeading, hint, passageList, passageHeading, questionList);
        VBox.setVgrow(passageList, Priority.ALWAYS);
        VBox.setVgrow(questionList, Priority.ALWAYS);
        right.setPrefWidth(310);
        right.setMinWidth(260);

        model.selectedPassageProperty().addListener((obs, old, now) -> showPassage(old, now));

        Label em = new Label();
        em.setManaged(false);
        em.setVisible(false);
        root = new HBox(18, left, center, right, em);
        root.widthProperty().addListener((obs, old, now) -> {
            boolean compact = now.doubleValue() < 62 * em.getFont().getSize();
            left.setVisible(!compact);
            left.setManaged(!compact);
            picker.setVisible(compact);
            picker.setManaged(compact);
        });
        picker.setVisible(false);
        picker.setManaged(false);
        root.setId("page-sources");
        root.getStyleClass().add("page");
        render(model.selectedDocumentProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    private void render(SourceDocument doc) {
        reader.getChildren().clear();
        highlights.clear();
        if (doc == null) {
            docTitle.setText("No source notes were found.");
            return;
        }
        docTitle.setText(doc.title());
        docCredit.setText(doc.credit().isEmpty() ? doc.file() : doc.credit() + "  ·  " + doc.file());
        List<Passage> passages = model.passages(doc);
        for (SourceMarkup.Block block : SourceMarkup.parse(doc.text())) {
            reader.getChildren().add(flow(block, passages));
        }
        passageList.getItems().setAll(passages);
        showPassage(null, model.selectedPassageProperty().get());
        readerScroll.setVvalue(0);
    }

    private TextFlow flow(SourceMarkup.Block block, List<Passage> passages) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("source-" + block.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (block.kind() == SourceMarkup.Kind.HEADING) {
            flow.getStyleClass().add("source-heading-" + Math.min(block.level(), 3));
        }
        if (block.kind() == SourceMarkup.Kind.BULLET || block.kind() == SourceMarkup.Kind.SUB_BULLET) {
            Text bullet = new Text(block.kind() == SourceMarkup.Kind.BULLET ? "•  " : "◦  ");
            bullet.getStyleClass().add("source-text");
            flow.getChildren().add(bullet);
        }
        for (SourceMarkup.Run run : block.runs()) {
            int i = 0;
            int[] raw = run.rawOffsets();
            while (i < raw.length) {
                Passage p = passageAt(passages, raw[i]);
                int j = i + 1;
                while (j < raw.length && passageAt(passages, raw[j]) == p) {
                    j++;
                }
                Text t = new Text(run.text().substring(i, j));
                t.getStyleClass().add("source-text");
                if (run.bold()) {
                    t.getStyleClass().add("source-bold");
                }
                if (p != null) {
                    t.getStyleClass().add("quote-highlight");
                    t.setCursor(Cursor.HAND);
                    t.setOnMouseClicked(e -> model.selectPassage(p));
                    highlights.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
                }
                flow.getChildren().add(t);
                i = j;
            }
        }
        return flow;
    }

    private static Passage passageAt(List<Passage> passages, int rawOffset) {
        for (Passage p : passages) {
            if (p.contains(rawOffset)) {
                return p;
            }
            if (p.start() > rawOffset) {
                return null;
            }
        }
        return null;
    }

    private void showPassage(Passage old, Passage now) {
        if (old != null) {
            highlights.getOrDefault(old, List.of()).forEach(t -> t.getStyleClass().remove("quote-current"));
        }
        if (now == null) {
            passageHeading.setText("Pick a passage to see its questions.");
            questionList.getItems().clear();
            passageList.getSelectionModel().clearSelection();
            return;
        }
        List<Text> texts = highlights.getOrDefault(now, List.of());
        texts.forEach(t -> t.getStyleClass().add("quote-current"));
        passageList.getSelectionModel().select(now);
        passageHeading.setText(now.questions().size() == 1
                ? "1 question quotes this passage"
                : now.questions().size() + " questions quote this passage");
        questionList.getItems().setAll(now.questions());
        if (!texts.isEmpty()) {
            Platform.runLater(() -> scrollTo(texts.get(0)));
        }
    }

    private void scrollTo(Node node) {
        Bounds inReader = reader.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = reader.getBoundsInLocal().getHeight();
        double viewport = readerScroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double target = Math.max(0, inReader.getMinY() - viewport / 3);
            readerScroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
        }
    }

    private String snippet(Passage p) {
        SourceDocument doc = model.selectedDocumentProperty().get();
        String text = doc == null ? "" : doc.text().substring(p.start(), Math.min(p.end(), doc.text().length()));
        text = text.replace("**", "").replaceAll("\\s+", " ").trim();
        return text.length() > 90 ? text.substring(0, 87) + "…" : text;
    }
}
