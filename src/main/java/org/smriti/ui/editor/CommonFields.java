package org.smriti.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

/**
 * What every card has, kept when the type changes: the prompt (all but cloze), explanation, topics, tags,
 * difficulty and the passage it came from.
 */
final class CommonFields {

    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty explanation = new SimpleStringProperty(this, "explanation", "");
    private final ObjectProperty<Topic> mainTopic = new SimpleObjectProperty<>(this, "mainTopic", Topic.GENERAL);
    private final ObservableSet<Topic> otherTopics = FXCollections.observableSet();
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final IntegerProperty difficulty = new SimpleIntegerProperty(this, "difficulty", 2);
    private final ObjectProperty<SourceRef> source = new SimpleObjectProperty<>(this, "source");

    CommonFields() {
        // The main topic is listed once, first: choosing it as main takes it out of the others.
        mainTopic.addListener((obs, old, now) -> otherTopics.remove(now));
    }

    StringProperty prompt() {
        return prompt;
    }

    StringProperty explanation() {
        return explanation;
    }

    /** The card's first topic, which Review and the statistics show it under. */
    ObjectProperty<Topic> mainTopic() {
        return mainTopic;
    }

    /** Further topics the card is also about. */
    ObservableSet<Topic> otherTopics() {
        return otherTopics;
    }

    /** Free tags as typed, separated by spaces. */
    StringProperty tags() {
        return tags;
    }

    /** 1 (easy) to 3 (hard). */
    IntegerProperty difficulty() {
        return difficulty;
    }

    /** The passage the card quotes, or {@code null} for a card made without one. */
    ObjectProperty<SourceRef> source() {
        return source;
    }

    void load(CardDraft draft) {
        prompt.set(draft.prompt());
        explanation.set(draft.explanation());
        List<Topic> topics = draft.topics();
        mainTopic.set(topics.isEmpty() ? Topic.GENERAL : topics.get(0));
        otherTopics.clear();
        otherTopics.addAll(topics.stream().skip(1).toList());
        tags.set(String.join(" ", draft.tags()));
        difficulty.set(draft.difficulty());
        source.set(draft.source());
    }

    void writeTo(CardDraft.Builder draft) {
        List<Topic> topics = new ArrayList<>();
        topics.add(mainTopic.get());
        Arrays.stream(Topic.values()).filter(t -> t != mainTopic.get() && otherTopics.contains(t)).forEach(topics::add);
        String typedTags = tags.get().strip();
        draft.prompt(prompt.get()).explanation(explanation.get()).topics(topics)
                .tags(typedTags.isEmpty() ? List.of() : List.of(typedTags.split("\\s+")))
                .difficulty(difficulty.get()).source(source.get());
    }

    Observable[] inputs() {
        return new Observable[] {prompt, explanation, mainTopic, otherTopics, tags, difficulty, source};
    }

    /** The draft's fields these stand for, as the validator names them. */
    static List<String> fields() {
        return List.of("explanation", "topics", "tags", "difficulty", "source");
    }
}
