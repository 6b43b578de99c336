package org.smriti.ui.editor;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.ui.common.Fxml;
import org.smriti.ui.common.QuestionText;

/** The four options and the key of a multiple-choice question (frame in FXML). */
final class McqFieldsView extends VBox {

    @FXML private VBox rows;
    @FXML private Label optionsProblem;
    @FXML private Label keyProblem;

    McqFieldsView(CardEditorViewModel model, FieldFocus focus) {
        Fxml.load(this);
        McqFields mcq = model.mcq();
        FieldProblems problems = model.problems();
        ToggleGroup keys = new ToggleGroup();
        RadioButton[] key = new RadioButton[McqFields.OPTIONS];
        for (int i = 0; i < McqFields.OPTIONS; i++) {
            key[i] = new RadioButton(QuestionText.optionLetter(i));
            key[i].setId("editor-key-" + i);
            key[i].setToggleGroup(keys);
            key[i].setUserData(i);
            key[i].setMinWidth(RadioButton.USE_PREF_SIZE);
            key[i].setAccessibleText("Option " + QuestionText.optionLetter(i) + " is the right answer");
            TextField option = new TextField();
            option.setId("editor-option-" + i);
            option.setPromptText("Option " + QuestionText.optionLetter(i));
            option.textProperty().bindBidirectional(mcq.option(i));
            HBox.setHgrow(option, Priority.ALWAYS);
            HBox line = new HBox(8, key[i], option);
            line.setAlignment(Pos.CENTER_LEFT);
            String field = "options[" + i + "]";
            focus.register(field, option);
            if (i == 0) {
                focus.register("options", option);
            }
            rows.getChildren().add(new VBox(2, line,
                    FieldMarks.label("editor-problem-option-" + i, problems.about(field), option)));
        }
        Toggles.bind(keys, mcq.keyed());
        FieldMarks.show(optionsProblem, problems.exactly("options"), rows);
        FieldMarks.show(keyProblem, problems.about("answer"), key);
        focus.register("answer", key[0]);
    }
}
