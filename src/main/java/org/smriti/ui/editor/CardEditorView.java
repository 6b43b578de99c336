package org.smriti.ui.editor;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.question.QuestionType;
import org.smriti.ui.common.Fxml;
import org.smriti.ui.common.Names;

/**
 * The card editor's window content (frame in {@code CardEditorView.fxml}): the current type's fields on the left,
 * each with its problems, the live preview on the right, Save and the shortcuts below.
 */
final class CardEditorView extends BorderPane {

    private final CardEditorViewModel model;
    private final Runnable onSave;
    private final Runnable onCancel;
    /** The inputs every type shows; each type's own inputs are in {@link #typeFocus}. */
    private final FieldFocus focus = new FieldFocus();
    private final Map<QuestionType, FieldFocus> typeFocus = new EnumMap<>(QuestionType.class);
    private final Map<QuestionType, Node> typeViews = new EnumMap<>(QuestionType.class);
    @FXML private Label title;
    @FXML private Label cardId;
    @FXML private Label typeLabel;
    @FXML private ComboBox<QuestionType> type;
    @FXML private ScrollPane fieldsScroll;
    @FXML private VBox fields;
    @FXML private Label elsewhere;
    @FXML private VBox sourceSlot;
    @FXML private VBox promptBox;
    @FXML private Label promptLabel;
    @FXML private TextArea prompt;
    @FXML private Label promptProblem;
    @FXML private VBox typeFields;
    @FXML private VBox commonSlot;
    @FXML private ScrollPane previewScroll;
    @FXML private Label message;
    @FXML private Button save;

    CardEditorView(CardEditorViewModel model, Runnable onSave, Runnable onCancel) {
        this.model = model;
        this.onSave = onSave;
        this.onCancel = onCancel;
        Fxml.load(this);
        getStylesheets().add(CardEditorView.class.getResource("editor.css").toExternalForm());
        title.setText(model.mode().title());
        cardId.setText(model.id() == null ? "" : model.id());
        bindType();
        sourceSlot.getChildren().add(new SourceView(model, focus));
        promptLabel.setLabelFor(prompt);
        prompt.textProperty().bindBidirectional(model.common().prompt());
        FieldMarks.tabMovesOn(prompt);
        FieldMarks.show(promptProblem, model.problems().about("prompt"), prompt);
        focus.register("prompt", prompt);
        CardEditorViewModel.TYPES.forEach(t -> typeFocus.put(t, new FieldFocus()));
        typeViews.put(QuestionType.CLOZE, new ClozeFieldsView(model, typeFocus.get(QuestionType.CLOZE)));
        typeViews.put(QuestionType.FLASHCARD, new FlashcardFieldsView(model, typeFocus.get(QuestionType.FLASHCARD)));
        typeViews.put(QuestionType.MCQ, new McqFieldsView(model, typeFocus.get(QuestionType.MCQ)));
        typeViews.put(QuestionType.STATEMENTS,
                new StatementFieldsView(model, typeFocus.get(QuestionType.STATEMENTS)));
        typeViews.put(QuestionType.ASSERTION, new AssertionFieldsView(model, typeFocus.get(QuestionType.ASSERTION)));
        typeViews.put(QuestionType.PAIRS, new PairFieldsView(model, typeFocus.get(QuestionType.PAIRS)));
        typeViews.put(QuestionType.CHRONOLOGY, new EventFieldsView(model, typeFocus.get(QuestionType.CHRONOLOGY)));
        typeViews.forEach((t, view) -> {
            view.visibleProperty().bind(model.type().isEqualTo(t));
            view.managedProperty().bind(view.visibleProperty());
            typeFields.getChildren().add(view);
        });
        commonSlot.getChildren().add(new CommonFieldsView(model, focus));
        FieldMarks.show(elsewhere, model.problems().elsewhere());
        previewScroll.setContent(new PreviewView(model));
        message.textProperty().bind(model.message());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        save.disableProperty().bind(model.canSave().not());
        showPrompt(model.type().get());
        model.type().addListener((obs, old, now) -> showPrompt(now));
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((o, was, is) -> scrollToShow(is));
            }
        });
    }

    private void bindType() {
        typeLabel.setLabelFor(type);
        type.getItems().setAll(CardEditorViewModel.TYPES);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuestionType t) {
                return t == null ? "" : Names.of(t);
            }

            @Override
            public QuestionType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.type());
        type.setDisable(model.typeLocked());
    }

    private void showPrompt(QuestionType t) {
        promptBox.setVisible(t != QuestionType.CLOZE);
        promptBox.setManaged(t != QuestionType.CLOZE);
        boolean question = t == QuestionType.MCQ || t == QuestionType.FLASHCARD;
        promptLabel.setText(question ? "Question" : "Lead-in");
        prompt.setPromptText(switch (t) {
            case STATEMENTS -> "Consider the following statements about …:";
            case PAIRS -> "Consider the following pairs:";
            case ASSERTION -> "Consider the following statements:";
            case CHRONOLOGY -> "Arrange the following in chronological order:";
            default -> "Which service of India and Japan conducts exercise JIMEX?";
        });
    }

    /** The first field to type in: the cloze text, or the prompt. */
    void focusFirstField() {
        if (model.type().get() == QuestionType.CLOZE) {
            ((ClozeFieldsView) typeViews.get(QuestionType.CLOZE)).textArea().requestFocus();
        } else {
            prompt.requestFocus();
        }
    }

    /** Takes the caret to the first field with a problem, as a refused save does. */
    void focusFirstProblem() {
        model.firstProblemField().ifPresent(field -> {
            if (!typeFocus.get(model.type().get()).focus(field)) {
                focus.focus(field);
            }
        });
    }

    /** Keeps the focused field in view: the fields scroll, and Tab must not leave the caret below the fold. */
    private void scrollToShow(Node focused) {
        if (focused == null || !isInside(focused, fields)) {
            return;
        }
        Bounds node = fields.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double content = fields.getLayoutBounds().getHeight();
        double viewport = fieldsScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double margin = focused.getLayoutBounds().getHeight() / 4; // room for the focus ring
        double top = fieldsScroll.getVvalue() * (content - viewport);
        if (node.getMinY() - margin < top) {
            fieldsScroll.setVvalue(Math.max(0, (node.getMinY() - margin) / (content - viewport)));
        } else if (node.getMaxY() + margin > top + viewport) {
            fieldsScroll.setVvalue(Math.min(1, (node.getMaxY() + margin - viewport) / (content - viewport)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void save() {
        onSave.run();
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
