package org.smriti.ui.browse;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.Names;

/** Browse's search box and filters, bound to the view model. */
final class BrowseFilters extends FlowPane {

    private final TextField search = new TextField();

    BrowseFilters(BrowseViewModel model) {
        super(10, 8);
        search.setId("browse-search");
        search.setPromptText("Search questions, answers, sources (Ctrl+F)");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<Topic> topic = choice("browse-topic", "All topics", Topic.values(), Topic::label,
                model.topicProperty());
        ComboBox<QuestionType> type = choice("browse-type", "All types", QuestionType.values(), Names::of,
                model.typeProperty());
        ComboBox<BrowseState> state = choice("browse-state", "All states", BrowseState.values(), BrowseState::label,
                model.stateProperty());
        CheckBox marked = box("browse-bookmarked", "Bookmarked");
        marked.selectedProperty().bindBidirectional(model.bookmarkedOnlyProperty());
        CheckBox pyq = box("browse-pyq", "PYQ");
        pyq.selectedProperty().bindBidirectional(model.pyqOnlyProperty());
        CheckBox own = box("browse-own", "My cards");
        own.selectedProperty().bindBidirectional(model.ownOnlyProperty());
        getChildren().addAll(search, topic, type, state, marked, pyq, own);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("browse-filters");
    }

    TextField search() {
        return search;
    }

    private static CheckBox box(String id, String text) {
        CheckBox b = new CheckBox(text);
        b.setId(id);
        return b;
    }

    /** A filter combo whose first item, {@code null}, means "any". */
    private static <T> ComboBox<T> choice(String id, String any, T[] values, Function<T, String> label,
                                          ObjectProperty<T> bound) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        // The default cells show an empty line for null; say "any" instead.
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(bound);
        box.setAccessibleText(any);
        return box;
    }
}
