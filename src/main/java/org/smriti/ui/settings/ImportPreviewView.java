package org.smriti.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The preview shown before an import: what it adds, the first prompts, or the validator's problems. Imported text is only ever put in {@link Label}s, so markup in a pack is shown as the
 * characters it is made of and never rendered.
 */
final class ImportPreviewView {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportPreviewView() {
    }

    /** The dialog; its Import button is enabled only when the preview has no problems. */
    static Dialog<ButtonType> dialog(ImportPlan plan, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import " + plan.source());
        dialog.getDialogPane().setContent(content(plan));
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).setDisable(!plan.canImport());
        return dialog;
    }

    static VBox content(ImportPlan plan) {
        VBox box = new VBox(10);
        box.setId("import-preview");
        box.setPrefWidth(640);
        if (plan.canImport()) {
            box.getChildren().add(text("import-summary", plan.summary()));
            if (!plan.notices().isEmpty()) {
                box.getChildren().add(list("import-notices", plan.notices()));
            }
            box.getChildren().add(list("import-prompts", plan.firstPrompts()));
        } else {
            Label summary = text("import-summary", plan.summary());
            summary.getStyleClass().add(Styles.DANGER);
            ScrollPane problems = new ScrollPane(list("import-problems", plan.problems()));
            problems.setId("import-problems-scroll");
            problems.setFitToWidth(true);
            problems.setPrefViewportHeight(240);
            box.getChildren().addAll(summary, problems);
        }
        return box;
    }

    private static VBox list(String id, List<String> lines) {
        VBox list = new VBox(4);
        list.setId(id);
        lines.forEach(line -> list.getChildren().add(text(null, line)));
        return list;
    }

    private static Label text(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
