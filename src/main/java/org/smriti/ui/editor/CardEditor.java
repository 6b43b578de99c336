package org.smriti.ui.editor;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.smriti.core.question.CardDraft;
import org.smriti.ui.common.Dialogs;

/**
 * The card editor's window, owned by the main window: Anki's Add/Edit window for Smriti's card types. Ctrl+Enter
 * saves and closes; Esc closes, asking first when something typed would be lost. A save that fails keeps the
 * window open with the reason and everything typed.
 */
public final class CardEditor {

    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+Enter");
    /** The dark theme's mark on the main window's root (set by the app's appearance). */
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 740;

    private final Stage stage = new Stage();
    private final CardEditorViewModel model;
    private final CardEditorView view;
    private final Consumer<EditorPorts.Saved> onSaved;

    private CardEditor(Window owner, EditorPorts ports, CardDraft draft, EditorMode mode,
            Consumer<EditorPorts.Saved> onSaved) {
        this.model = new CardEditorViewModel(ports, draft, mode);
        this.view = new CardEditorView(model, this::save, this::cancel);
        this.onSaved = onSaved;
        double width = Math.min(WIDTH, owner.getWidth() - 24);
        double height = Math.min(HEIGHT, owner.getHeight() - 24);
        Scene scene = new Scene(view, width, height);
        takeAppearance(owner.getScene(), scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(mode.title() + " — Smriti");
        if (owner instanceof Stage main) {
            stage.getIcons().setAll(main.getIcons());
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(width, 640));
        stage.setMinHeight(Math.min(height, 480));
        stage.setX(owner.getX() + (owner.getWidth() - width) / 2);
        stage.setY(owner.getY() + (owner.getHeight() - height) / 2);
        stage.setOnCloseRequest(e -> {
            // The main window closing takes its dialogs along: the app is quitting, there is no one to ask.
            if (owner.isShowing() && !mayClose()) {
                e.consume();
            }
        });
    }

    /**
     * Opens the editor over {@code owner} (not waiting for it to close).
     *
     * @param draft   the card to start from: {@code CardDraft.blank(CLOZE, new SourceRef(doc, passage))} for a card
     *                from a passage (its text starts as the passage), {@code CardDraft.of(card)} to edit one of
     *                the aspirant's cards ({@link EditorMode#EDIT}) or to copy a bundled question
     *                ({@link EditorMode#COPY})
     * @param onSaved told what was saved, after the card is on disk and the window has closed
     */
    public static CardEditor open(Window owner, EditorPorts ports, CardDraft draft, EditorMode mode,
            Consumer<EditorPorts.Saved> onSaved) {
        CardEditor editor = new CardEditor(owner, ports, draft, mode, onSaved);
        editor.stage.show();
        editor.view.focusFirstField();
        return editor;
    }

    /**
     * Gives the editor's scene the main window's look: its stylesheets (the app's and the icon sizes), its root font
     * size and its dark mark. The theme's user-agent stylesheet is the application's, shared by every window.
     */
    static void takeAppearance(Scene from, Scene to) {
        if (from == null) {
            return;
        }
        to.getStylesheets().setAll(from.getStylesheets());
        to.getRoot().setStyle(from.getRoot().getStyle());
        to.getRoot().pseudoClassStateChanged(DARK, from.getRoot().getPseudoClassStates().contains(DARK));
    }

    /** The editor's scene, e.g. to apply a changed theme or font size to it as to the main window. */
    public Scene scene() {
        return stage.getScene();
    }

    public Stage stage() {
        return stage;
    }

    CardEditorViewModel model() {
        return model;
    }

    private void onKey(KeyEvent e) {
        if (SAVE.match(e)) {
            e.consume();
            save();
        } else if (e.getCode() == KeyCode.ESCAPE && !closesAPopup(e)) {
            e.consume();
            cancel();
        }
    }

    /** Esc in an open drop-down closes the drop-down, not the editor. */
    private static boolean closesAPopup(KeyEvent e) {
        return e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing();
    }

    private void save() {
        Optional<EditorPorts.Saved> saved = model.save();
        if (saved.isPresent()) {
            stage.close();
            onSaved.accept(saved.get());
        } else {
            view.focusFirstProblem();
        }
    }

    private void cancel() {
        if (mayClose()) {
            stage.close();
        }
    }

    /** Whether the window may close: nothing typed would be lost, or the aspirant chose to discard it. */
    private boolean mayClose() {
        if (!model.changed().get()) {
            return true;
        }
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = Dialogs.over(stage,
                new Alert(Alert.AlertType.CONFIRMATION, "What you typed has not been saved.", discard, keep));
        ask.setTitle("Discard the card?");
        ask.setHeaderText(model.mode() == EditorMode.EDIT ? "Discard your changes to this card?"
                : "Discard this card?");
        ask.getDialogPane().setId("editor-discard-dialog");
        // Enter and Esc both keep the card: only a deliberate choice throws typing away.
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return ask.showAndWait().filter(discard::equals).isPresent();
    }
}
