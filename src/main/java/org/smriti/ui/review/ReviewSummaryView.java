package org.smriti.ui.review;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.TimeText;
import org.smriti.ui.common.Fxml;

/** The end of a session (layout in {@code ReviewSummaryView.fxml}). */
final class ReviewSummaryView extends VBox {

    private final ReviewViewModel model;
    @FXML private Label title;
    @FXML private Label label;
    @FXML private VBox rows;
    @FXML private Label dueAgain;
    @FXML private Button continueButton;
    @FXML private Button back;
    @FXML private Button undo;

    ReviewSummaryView(ReviewViewModel model) {
        this.model = model;
        Fxml.load(this);
        ReviewSessionModel session = model.session();
        undo.disableProperty().bind(session.canUndoProperty().not());
        continueButton.visibleProperty().bind(session.canContinueProperty());
        continueButton.managedProperty().bind(continueButton.visibleProperty());
        continueButton.defaultButtonProperty().bind(session.canContinueProperty());
        back.defaultButtonProperty().bind(session.canContinueProperty().not());
        dueAgain.textProperty().bind(session.dueAgainProperty());
        dueAgain.managedProperty().bind(dueAgain.textProperty().isNotEmpty());
        dueAgain.visibleProperty().bind(dueAgain.managedProperty());
    }

    /** Fills the screen from the model's summary; called each time a session ends. */
    void show() {
        Summary s = model.session().summaryProperty().get();
        title.setText(s.cards() == 0 ? "Nothing to review here" : "Session complete");
        label.setText(s.label());
        rows.getChildren().setAll(
                row("Cards answered", Integer.toString(s.cards())),
                row("Accuracy", s.accuracyText()),
                row("Forgotten (Again)", Integer.toString(s.again())),
                row("Time", TimeText.minutesSeconds(s.time())),
                row("Due by tomorrow", plural(s.dueTomorrow(), "card")));
    }

    @FXML
    private void continueSession() {
        model.continueSession();
    }

    @FXML
    private void backToStart() {
        model.backToStart();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    private static HBox row(String name, String value) {
        Label n = new Label(name);
        n.setMinWidth(180);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.getStyleClass().add(Styles.TEXT_BOLD);
        v.setWrapText(true);
        return new HBox(12, n, v);
    }
}
