package org.smriti.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs that look like the window they open over. A dialog is a window of its own: without this it would miss
 * the app's style sheets, the font size the aspirant chose (set inline on the window's root) and the dark mark.
 * The theme itself is the application's user-agent style sheet, shared by every window.
 */
public final class Dialogs {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Dialogs() {
    }

    /** Puts {@code dialog} over {@code owner} (may be null: a dialog before the window exists) in its look. */
    public static <D extends Dialog<?>> D over(Window owner, D dialog) {
        dialog.initOwner(owner);
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            lookLike(scene, dialog.getDialogPane());
        }
        return dialog;
    }

    /** Gives {@code target} the look of {@code source}: its style sheets, root font size and dark mark. */
    public static void lookLike(Scene source, Parent target) {
        target.getStylesheets().addAll(0, source.getStylesheets());
        target.setStyle(source.getRoot().getStyle());
        target.pseudoClassStateChanged(DARK, source.getRoot().getPseudoClassStates().contains(DARK));
    }
}
