package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.smriti.core.question.CardDraft;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.common.CardFront;
import org.smriti.ui.shell.Page;

/**
 * The Sources screen: the bundled notes and the aspirant's own in a reader that highlights what cards quote.
 * Select a passage (or click a sentence) and Make card (Ctrl+K) opens the card editor on it; Suggest cards
 * proposes cloze cards one at a time; Ctrl+F searches the note. Own notes are written, imported (file chooser or
 * drag and drop), edited and deleted here.
 */
public final class SourcesPage implements Page {

    static final String CSS = SourcesPage.class.getResource("sources.css").toExternalForm();
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop");

    private final SourcesViewModel model;
    private final Consumer<CardDraft> makeCard;
    private final Function<Window, List<Path>> chooseFiles;
    private final HBox root;
    private final NoteReaderView reader;
    private final FindBarView findBar;

    /**
     * @param makeCard    opens the card editor on a draft: a passage selected in a note, or a suggestion to edit
     * @param chooseFiles asks for note files to import, over the window it is given; empty when the aspirant
     *                    cancels ({@link #chooseNoteFiles} asks with the desktop's file chooser)
     */
    public SourcesPage(SourcesViewModel model, Consumer<CardDraft> makeCard,
            Function<Window, List<Path>> chooseFiles) {
        this.model = model;
        this.makeCard = makeCard;
        this.chooseFiles = chooseFiles;
        reader = new NoteReaderView(model);
        findBar = new FindBarView(model.find());
        NoteEditorView editor = new NoteEditorView(model, () -> Confirm.ask(reader, "sources-discard-dialog",
                "Discard what you typed?", "The note is not saved.", "Discard"));
        SuggestionPanelView suggestions = new SuggestionPanelView(model.suggestions(), makeCard, this::confirmAcceptAll);
        BooleanBinding editing = model.editor().modeProperty().isNotEqualTo(NoteEditorModel.Mode.CLOSED);

        NoteListView list = new NoteListView(model, this::newNote, this::importNotes);
        NotePickerView picker = new NotePickerView(model, this::newNote, this::importNotes);
        NoteHeaderView header = new NoteHeaderView(model, new NoteHeaderView.Actions(this::makeCard,
                model::startSuggestions, this::openFind, model::startEdit, this::deleteNote));
        StackPane page = new StackPane(reader, editor);
        reader.visibleProperty().bind(editing.not());
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox center = new VBox(8, picker, header, findBar, page);
        HBox.setHgrow(center, Priority.ALWAYS);
        center.setMinWidth(0);

        PassagePanelView passages = new PassagePanelView(model);
        passages.visibleProperty().bind(model.suggestions().showingProperty().not());
        suggestions.visibleProperty().bind(model.suggestions().showingProperty());
        StackPane right = new StackPane(passages, suggestions);
        right.getStyleClass().add("sources-right");

        Label em = new Label();
        em.setManaged(false);
        em.setVisible(false);
        root = new HBox(18, list, center, right, em);
        root.setId("page-sources");
        root.getStyleClass().addAll("page", "sources-page");
        root.getStylesheets().addAll(CSS, CardFront.STYLESHEET);
        // With a large font the side list leaves the reader too narrow: the notes are then picked from a box.
        BooleanBinding compact = Bindings.createBooleanBinding(
                () -> root.getWidth() > 0 && root.getWidth() < 62 * em.getFont().getSize(),
                root.widthProperty(), em.fontProperty());
        list.visibleProperty().bind(compact.not());
        list.managedProperty().bind(compact.not());
        picker.visibleProperty().bind(compact);
        picker.managedProperty().bind(compact);
        compact.addListener((obs, old, now) -> root.pseudoClassStateChanged(COMPACT, now));
        list.disableProperty().bind(editing);
        picker.disableProperty().bind(editing);
        header.disableActions(editing);

        SourcesKeys keys = new SourcesKeys(model, makeCard, this::makeCard, this::openFind);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::shortcut);
        root.addEventHandler(KeyEvent.KEY_PRESSED, keys::suggestionKey);
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> root.pseudoClassStateChanged(DROP, false));
        root.setOnDragDropped(this::dropped);
        model.find().showingProperty().addListener((obs, old, now) -> focus(now ? null : reader));
        model.suggestions().showingProperty().addListener((obs, old, now) -> focus(now ? suggestions : reader));
        model.shownProperty().addListener((obs, old, now) -> suggestions.refresh());
        model.editor().modeProperty().addListener((obs, old, now) -> {
            if (now == NoteEditorModel.Mode.CLOSED) {
                focus(reader);
            } else {
                editor.focusFirstField();
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    public SourcesViewModel model() {
        return model;
    }

    private void makeCard() {
        model.cardFromSelection().ifPresent(makeCard);
    }

    private void openFind() {
        model.find().open();
        findBar.focusField();
    }

    private void newNote() {
        model.editor().startNew();
    }

    private void importNotes() {
        model.importFiles(chooseFiles.apply(root.getScene().getWindow()));
    }

    /** Asks for note files with the desktop's file chooser over {@code owner}; empty when the aspirant cancels. */
    public static List<Path> chooseNoteFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import notes");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Notes (*.md, *.txt)", "*.md", "*.txt", "*.markdown"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private void deleteNote() {
        SourceDocument doc = model.selectedDocumentProperty().get();
        if (!model.isOwn(doc)) {
            return;
        }
        int cards = model.cardCount(doc);
        String text = "It moves to the trash folder in your data folder. "
                + (cards == 0 ? "No card quotes it." : "Its " + plural(cards, "card") + " keep their quotes and are"
                        + " listed as “source removed” in Browse.");
        if (Confirm.ask(root, "sources-delete-dialog", "Delete “" + doc.title() + "”?", text, "Delete note")) {
            model.delete(doc);
        }
    }

    private boolean confirmAcceptAll(int count, int carded) {
        String text = "Each is saved as a cloze card quoting its sentence, as if accepted one by one."
                + (carded == 0 ? "" : " " + plural(carded, "suggestion") + " whose sentence already had a card"
                        + (carded == 1 ? " is" : " are") + " left out.");
        return Confirm.ask(root, "sources-accept-all-dialog", "Save " + plural(count, "card") + "?", text,
                "Save " + plural(count, "card"));
    }

    /**
     * Files with a note among them are taken here as notes (the others are named with why they are not notes);
     * any other drop is left to the window (a question pack, an Anki export).
     */
    private void dragOver(DragEvent e) {
        if (hasNote(e) && model.editor().modeProperty().get() == NoteEditorModel.Mode.CLOSED) {
            e.acceptTransferModes(TransferMode.COPY);
            root.pseudoClassStateChanged(DROP, true);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        if (!hasNote(e)) {
            return;
        }
        model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        root.pseudoClassStateChanged(DROP, false);
        e.setDropCompleted(true);
        e.consume();
    }

    private static boolean hasNote(DragEvent e) {
        return e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                .map(f -> f.getName().toLowerCase(Locale.ROOT))
                .anyMatch(name -> name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown"));
    }

    private void focus(Node node) {
        if (node != null && root.getScene() != null) {
            node.requestFocus();
        }
    }

    /** Copies the selected passage as the note writes it (Ctrl+C in the reader). */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    static boolean typing(Node root) {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }
}
