package org.smriti.ui.editor;

import static org.smriti.core.text.Words.plural;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.common.ErrorDialog;

/**
 * The card being written: what the aspirant types, checked by the pack validator on every change, with each
 * problem beside its field, a preview of the card as Review will show it, and saving through the app.
 */
final class CardEditorViewModel {

    /** The types an own card can have, in the order the editor offers them (cloze first, as from a passage). */
    static final List<QuestionType> TYPES = List.of(QuestionType.CLOZE, QuestionType.FLASHCARD, QuestionType.MCQ,
            QuestionType.STATEMENTS, QuestionType.ASSERTION, QuestionType.PAIRS, QuestionType.CHRONOLOGY);

    private final EditorPorts ports;
    private final EditorMode mode;
    private final String id;
    private final ObjectProperty<QuestionType> type = new SimpleObjectProperty<>(this, "type");
    private final CommonFields common = new CommonFields();
    private final ClozeFields cloze = new ClozeFields();
    private final FlashcardFields flashcard = new FlashcardFields();
    private final McqFields mcq = new McqFields();
    private final StatementFields statements = new StatementFields();
    private final AssertionFields assertion = new AssertionFields();
    private final PairFields pairs = new PairFields();
    private final EventFields events = new EventFields();
    private final Map<QuestionType, TypeFields> fields = new EnumMap<>(QuestionType.class);
    private final FieldProblems problems = new FieldProblems();
    private final ReadOnlyObjectWrapper<CheckedDraft> checked = new ReadOnlyObjectWrapper<>(this, "checked");
    private final ObservableList<Question> previewCards = FXCollections.observableArrayList();
    private final ObservableList<Question> previewCardsView = FXCollections.unmodifiableObservableList(previewCards);
    private final IntegerProperty previewIndex = new SimpleIntegerProperty(this, "previewIndex", 0);
    private final ReadOnlyObjectWrapper<Question> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper sourceTitle = new ReadOnlyStringWrapper(this, "sourceTitle", "");
    private final Map<String, String> titles = new HashMap<>();
    private CardDraft pristine;
    private boolean messageIsAboutProblems;

    /**
     * @param draft the card to start from: blank or from a passage ({@link EditorMode#NEW}), one of the aspirant's
     *              cards ({@link EditorMode#EDIT}, with its id) or a bundled question ({@link EditorMode#COPY})
     */
    CardEditorViewModel(EditorPorts ports, CardDraft draft, EditorMode mode) {
        if (!TYPES.contains(draft.type())) {
            throw new IllegalArgumentException("the card editor does not write " + draft.type() + " cards");
        }
        if (mode == EditorMode.EDIT && draft.id() == null) {
            throw new IllegalArgumentException("a card to edit has an id");
        }
        this.ports = ports;
        this.mode = mode;
        this.id = mode == EditorMode.EDIT ? draft.id() : null;
        fields.put(QuestionType.CLOZE, cloze);
        fields.put(QuestionType.FLASHCARD, flashcard);
        fields.put(QuestionType.MCQ, mcq);
        fields.put(QuestionType.STATEMENTS, statements);
        fields.put(QuestionType.ASSERTION, assertion);
        fields.put(QuestionType.PAIRS, pairs);
        fields.put(QuestionType.CHRONOLOGY, events);
        CardDraft start = draft.toBuilder().id(id).build();
        type.set(start.type());
        common.load(start);
        fields.values().forEach(f -> f.load(start));
        pristine = draft();
        InvalidationListener recheck = obs -> recheck();
        List<Observable> inputs = new ArrayList<>(List.of(common.inputs()));
        inputs.add(type);
        fields.values().forEach(f -> inputs.addAll(List.of(f.inputs())));
        inputs.forEach(o -> o.addListener(recheck));
        previewIndex.addListener(obs -> showPreview());
        common.source().addListener((obs, old, now) -> sourceTitle.set(now == null ? "" : documentTitle(now.doc())));
        sourceTitle.set(start.source() == null ? "" : documentTitle(start.source().doc()));
        recheck();
    }

    /** The card as typed now. */
    CardDraft draft() {
        QuestionType t = type.get();
        CardDraft.Builder b = new CardDraft.Builder(t).id(id);
        common.writeTo(b);
        if (t == QuestionType.CLOZE) {
            b.prompt("");
        }
        fields.get(t).writeTo(b);
        return b.build();
    }

    private void recheck() {
        QuestionType t = type.get();
        CardDraft draft = draft();
        CheckedDraft result = ports.check(draft);
        List<String> shown = new ArrayList<>(fields.get(t).fields());
        shown.addAll(CommonFields.fields());
        if (t != QuestionType.CLOZE) {
            shown.add("prompt");
        }
        problems.publish(result.problems(), shown, p -> ProblemWords.beside(p, t, this::documentTitle),
                p -> ProblemWords.alone(p, t, this::documentTitle));
        checked.set(result);
        canSave.set(result.ok());
        changed.set(!draft.equals(pristine));
        if (messageIsAboutProblems && result.ok()) {
            setMessage("", false);
        }
        previewCards.setAll(result.ok() ? result.cards() : List.of());
        showPreview();
    }

    private void showPreview() {
        int n = previewCards.size();
        if (n > 0 && (previewIndex.get() < 0 || previewIndex.get() >= n)) {
            previewIndex.set(Math.max(0, Math.min(previewIndex.get(), n - 1))); // shows the preview again
            return;
        }
        preview.set(n == 0 ? null : previewCards.get(previewIndex.get()));
    }

    /**
     * Saves the card through the app. A card with problems is not offered; a failed save keeps everything typed
     * and says why.
     *
     * @return what was saved, or empty when nothing was
     */
    Optional<EditorPorts.Saved> save() {
        CheckedDraft result = checked.get();
        if (!result.ok()) {
            setMessage("Not saved yet: fix the " + plural(result.problems().size(), "problem") + " marked in red.",
                    true);
            return Optional.empty();
        }
        CardDraft draft = draft();
        try {
            EditorPorts.Saved saved = ports.save(draft);
            pristine = draft;
            changed.set(false);
            setMessage("", false);
            return Optional.of(saved);
        } catch (IOException e) {
            setMessage("Could not save the card: " + ErrorDialog.readableMessage(e)
                    + " Nothing you typed is lost; press Ctrl+Enter to try again.", false);
            return Optional.empty();
        }
    }

    private void setMessage(String text, boolean aboutProblems) {
        message.set(text);
        messageIsAboutProblems = aboutProblems;
    }

    /** Forgets the passage the card came from: it becomes a card typed from memory. */
    void clearSource() {
        common.source().set(null);
    }

    /** Wraps the cloze text's selection in a new deletion (Ctrl+Shift+C), or in the last one ({@code sameNumber}). */
    ClozeFields.Caret blankSelection(int start, int end, boolean sameNumber) {
        return cloze.blank(start, end, sameNumber);
    }

    /** The title of a note, by file name; the file name itself when the note is gone. */
    String documentTitle(String doc) {
        return titles.computeIfAbsent(doc, d -> ports.document(d).map(SourceDocument::title)
                .orElse(d + " (note not found)"));
    }

    /** The field of the first problem shown beside a field, to take the caret there. */
    Optional<String> firstProblemField() {
        return problems.firstShown();
    }

    EditorMode mode() {
        return mode;
    }

    /** The card's id while it is edited; {@code null} for a new card or a copy. */
    String id() {
        return id;
    }

    /** A saved card keeps its type: progress is kept by the id, and a cloze note's cards have ids of their own. */
    boolean typeLocked() {
        return mode == EditorMode.EDIT;
    }

    ObjectProperty<QuestionType> type() {
        return type;
    }

    CommonFields common() {
        return common;
    }

    ClozeFields cloze() {
        return cloze;
    }

    FlashcardFields flashcard() {
        return flashcard;
    }

    McqFields mcq() {
        return mcq;
    }

    StatementFields statements() {
        return statements;
    }

    AssertionFields assertion() {
        return assertion;
    }

    PairFields pairs() {
        return pairs;
    }

    EventFields events() {
        return events;
    }

    FieldProblems problems() {
        return problems;
    }

    ReadOnlyObjectProperty<CheckedDraft> checked() {
        return checked.getReadOnlyProperty();
    }

    /** The cards the draft becomes while it has no problem (a cloze note: one per deletion number), else none. */
    ObservableList<Question> previewCards() {
        return previewCardsView;
    }

    /** Which of {@link #previewCards} is previewed. */
    IntegerProperty previewIndex() {
        return previewIndex;
    }

    /** The card previewed, or {@code null} while the draft has problems. */
    ReadOnlyObjectProperty<Question> preview() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSave() {
        return canSave.getReadOnlyProperty();
    }

    /** Whether something was typed since the editor opened or last saved. */
    ReadOnlyBooleanProperty changed() {
        return changed.getReadOnlyProperty();
    }

    /** Why the card was not saved, or empty. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The title of the note the card quotes, or empty when it quotes none. */
    ReadOnlyStringProperty sourceTitle() {
        return sourceTitle.getReadOnlyProperty();
    }
}
