package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
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
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final SourcesViewModel model;
    private final Consumer<CardDraft> makeCard;
    private final Function<Window, List<Path>> chooseFiles;
    private final HBox root;
    private final NoteReaderView reader;
    private final FindBarView findBar;
    private final SuggestionPanelView suggestionPanel;
    private final NoteEditorView editor;

    /**
     * @param makeCard opens the card editor on a draft: a passage selected in a note, or a suggestion to edit
     */
    public SourcesPage(SourcesViewModel model, Consumer<CardDraft> makeCard) {
        this(model, makeCard, SourcesPage::chooseFiles);
    }

    /** The bundled notes to read, until the app passes the card editor (Make card then says it is missing). */
    public SourcesPage(SourcesViewModel model) {
        this(model, draft -> model.warn("The card editor is not available in this version of Smriti."));
    }

    /** @param chooseFiles asks for note files to import; empty when the aspirant cancels */
    SourcesPage(SourcesViewModel model, Consumer<CardDraft> makeCard, Function<Window, List<Path>> chooseFiles) {
        this.model = model;
        this.makeCard = makeCard;
        this.chooseFiles = chooseFiles;
        reader = new NoteReaderView(model);
        findBar = new FindBarView(model.find());
        editor = new NoteEditorView(model, () -> Confirm.ask(reader, "sources-discard-dialog",
                "Discard what you typed?", "The note is not saved.", "Discard"));
        suggestionPanel = new SuggestionPanelView(model.suggestions(), makeCard, this::confirmAcceptAll);
        BooleanBinding editing = model.editor().modeProperty().isNotEqualTo(NoteEditorModel.Mode.CLOSED);

        NoteListView list = new NoteListView(model, this::newNote, this::importNotes);
        HBox picker = picker();
        Label title = new Label();
        title.setId("sources-title");
        title.getStyleClass().add(Styles.TITLE_3);
        PassagePanelView.wrapping(title);
        Label credit = new Label();
        credit.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        model.selectedDocumentProperty().addListener((obs, old, now) -> showTitle(now, title, credit));
        showTitle(model.selectedDocumentProperty().get(), title, credit);
        Label message = new Label();
        message.setId("sources-message");
        message.getStyleClass().add("sources-message");
        PassagePanelView.wrapping(message);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.problemProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(PROBLEM, now));

        StackPane page = new StackPane(reader, editor);
        reader.visibleProperty().bind(editing.not());
        VBox.setVgrow(page, Priority.ALWAYS);
        FlowPane toolbar = toolbar();
        VBox center = new VBox(8, picker, title, credit, toolbar, message, findBar, page);
        HBox.setHgrow(center, Priority.ALWAYS);
        center.setMinWidth(0);

        PassagePanelView passages = new PassagePanelView(model);
        passages.visibleProperty().bind(model.suggestions().showingProperty().not());
        suggestionPanel.visibleProperty().bind(model.suggestions().showingProperty());
        StackPane right = new StackPane(passages, suggestionPanel);
        right.getStyleClass().add("sources-right");

        Label em = new Label();
        em.setManaged(false);
        em.setVisible(false);
        root = new HBox(18, list, center, right, em);
        root.setId("page-sources");
        root.getStyleClass().addAll("page", "sources-page");
        root.getStylesheets().addAll(CSS, CardFront.STYLESHEET);
        // With a large font the side list leaves the reader too narrow: the notes are then picked from a box.
        root.widthProperty().addListener((obs, old, now) -> compact(list, picker,
                now.doubleValue() < 62 * em.getFont().getSize()));
        compact(list, picker, false);
        list.disableProperty().bind(editing);
        picker.disableProperty().bind(editing);
        toolbar.disableProperty().bind(editing);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::suggestionKey);
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> root.pseudoClassStateChanged(PseudoClass.getPseudoClass("drop"), false));
        root.setOnDragDropped(this::dropped);
        model.find().showingProperty().addListener((obs, old, now) -> focus(now ? null : reader));
        model.suggestions().showingProperty().addListener((obs, old, now) -> focus(now ? suggestionPanel : reader));
        model.shownProperty().addListener((obs, old, now) -> suggestionPanel.refresh());
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

    private HBox picker() {
        ComboBox<SourceDocument> box = new ComboBox<>(model.documents());
        box.setId("sources-document-picker");
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setCellFactory(l -> new DocumentCell());
        box.setButtonCell(new DocumentCell());
        box.setValue(model.selectedDocumentProperty().get());
        box.valueProperty().addListener((obs, old, now) -> model.select(now));
        model.selectedDocumentProperty().addListener((obs, old, now) -> box.setValue(now));
        HBox row = new HBox(8, box);
        row.getChildren().addAll(NoteListView.actions(this::newNote, this::importNotes, "-compact"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A note in the picker: its title, marked when it is the aspirant's own. */
    private final class DocumentCell extends ListCell<SourceDocument> {
        @Override
        protected void updateItem(SourceDocument doc, boolean empty) {
            super.updateItem(doc, empty);
            setText(empty || doc == null ? null : doc.title());
            setGraphic(empty || doc == null || !model.isOwn(doc) ? null : new FontIcon(Feather.USER));
        }
    }

    private FlowPane toolbar() {
        Button make = button("Make card (Ctrl+K)", Feather.PLUS_SQUARE, "sources-make-card");
        make.getStyleClass().add(Styles.ACCENT);
        make.setOnAction(e -> makeCard());
        Button suggest = button("Suggest cards", Feather.ZAP, "sources-suggest");
        suggest.setOnAction(e -> model.startSuggestions());
        Button find = button("Find (Ctrl+F)", Feather.SEARCH, "sources-find");
        find.setOnAction(e -> openFind());
        Button edit = button("Edit", Feather.EDIT_2, "sources-edit");
        edit.setOnAction(e -> model.startEdit());
        Button delete = button("Delete", Feather.TRASH_2, "sources-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> deleteNote());
        BooleanBinding own = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.isOwn(model.selectedDocumentProperty().get()), model.selectedDocumentProperty());
        for (Button b : List.of(edit, delete)) {
            b.visibleProperty().bind(own);
            b.managedProperty().bind(own);
        }
        FlowPane bar = new FlowPane(8, 8, make, suggest, find, edit, delete);
        bar.setId("sources-toolbar");
        return bar;
    }

    private static Button button(String text, Feather icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static void showTitle(SourceDocument doc, Label title, Label credit) {
        title.setText(doc == null ? "No source notes were found." : doc.title());
        credit.setText(doc == null ? "" : doc.credit().isEmpty() ? doc.file() : doc.credit() + "  ·  " + doc.file());
    }

    private void compact(Node list, Node picker, boolean compact) {
        list.setVisible(!compact);
        list.setManaged(!compact);
        picker.setVisible(compact);
        picker.setManaged(compact);
    }

    // ---- actions ---------------------------------------------------------------------------------------------

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

    private static List<Path> chooseFiles(Window owner) {
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

    // ---- keys and drops ----------------------------------------------------------------------------------------

    private boolean editing() {
        return model.editor().modeProperty().get() != NoteEditorModel.Mode.CLOSED;
    }

    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }

    private void shortcut(KeyEvent e) {
        if (editing() || !e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.K) {
            makeCard();
            e.consume();
        } else if (e.getCode() == KeyCode.F) {
            openFind();
            e.consume();
        } else if (e.getCode() == KeyCode.C && !typing() && !model.selectedText().isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.selectedText());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        }
    }

    /** Enter, E and Delete act on the shown suggestion; Esc closes the find bar, the suggestions or the selection. */
    private void suggestionKey(KeyEvent e) {
        if (editing() || typing() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        SuggestionModel s = model.suggestions();
        boolean suggesting = s.showingProperty().get() && s.currentProperty().get() != null;
        switch (e.getCode()) {
            case ENTER -> act(e, suggesting, s::accept);
            case E -> act(e, suggesting, () -> s.edit().ifPresent(makeCard));
            case DELETE -> act(e, suggesting, s::skip);
            case ESCAPE -> act(e, true, this::escape);
            default -> {
            }
        }
    }

    private static void act(KeyEvent e, boolean when, Runnable action) {
        if (when) {
            action.run();
            e.consume();
        }
    }

    private void escape() {
        if (model.find().showingProperty().get()) {
            model.find().close();
        } else if (model.suggestions().showingProperty().get()) {
            model.suggestions().close();
        } else {
            model.selectSpan(null);
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !editing()) {
            e.acceptTransferModes(TransferMode.COPY);
            root.pseudoClassStateChanged(PseudoClass.getPseudoClass("drop"), true);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("drop"), false);
        e.setDropCompleted(files);
        e.consume();
    }

    private void focus(Node node) {
        if (node != null && root.getScene() != null) {
            node.requestFocus();
        }
    }
}
