package org.smriti.ui.mock;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smriti.core.mock.AnswerFilter;
import org.smriti.core.mock.MockResult;
import org.smriti.core.question.Topic;

/** The results screen's state: the result on show and its answer review, filtered by kind and topic. */
public final class ResultsModel {

    /** Which answers the answer review shows. */
    public enum AnswerKind {
        ALL("All", AnswerFilter.ALL),
        WRONG("Wrong", AnswerFilter.WRONG),
        BLANK("Blank", AnswerFilter.BLANK),
        MARKED("Marked", AnswerFilter.MARKED);

        private final String label;
        private final AnswerFilter filter;

        AnswerKind(String label, AnswerFilter filter) {
            this.label = label;
            this.filter = filter;
        }

        public String label() {
            return label;
        }
    }

    private final ReadOnlyObjectWrapper<MockResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<AnswerKind> answerKind =
            new SimpleObjectProperty<>(this, "answerKind", AnswerKind.ALL);
    private final ObjectProperty<Topic> answerTopic = new SimpleObjectProperty<>(this, "answerTopic");
    private final ObservableList<MockResult.QuestionRow> answerRows = FXCollections.observableArrayList();
    // One wrapper for good: it holds its listeners, and a wrapper made per call would be collected with them.
    private final ObservableList<MockResult.QuestionRow> answerRowsView =
            FXCollections.unmodifiableObservableList(answerRows);

    ResultsModel() {
        result.addListener(x -> refreshAnswers());
        answerKind.addListener(x -> refreshAnswers());
        answerTopic.addListener(x -> refreshAnswers());
    }

    /** The result on screen, or {@code null}. */
    public ReadOnlyObjectProperty<MockResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<AnswerKind> answerKindProperty() {
        return answerKind;
    }

    /** Only questions of this topic in the answer review; {@code null} for all. */
    public ObjectProperty<Topic> answerTopicProperty() {
        return answerTopic;
    }

    /** The answer review's rows after the filters. */
    public ObservableList<MockResult.QuestionRow> answerRows() {
        return answerRowsView;
    }

    /** Shows a result with every answer: the filters are reset before it, so they are right as it is drawn. */
    void show(MockResult shown) {
        answerKind.set(AnswerKind.ALL);
        answerTopic.set(null);
        result.set(shown);
    }

    private void refreshAnswers() {
        MockResult r = result.get();
        if (r == null) {
            answerRows.clear();
            return;
        }
        AnswerFilter filter = answerKind.get().filter;
        Topic topic = answerTopic.get();
        answerRows.setAll(r.rows(topic == null ? filter : filter.and(AnswerFilter.topic(topic))));
    }
}
