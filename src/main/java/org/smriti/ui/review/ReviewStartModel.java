package org.smriti.ui.review;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.QueueCounts;
import org.smriti.core.queue.StudyQueue;
import org.smriti.study.StudyService;

/** The state of Review's start screen: today's daily counts, and the topics ticked for a topic practice. */
public final class ReviewStartModel {

    private final StudyService study;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<QueueCounts> todayCounts = new ReadOnlyObjectWrapper<>(this, "todayCounts");
    private final ObservableSet<Topic> chosenTopics = FXCollections.observableSet();
    private StudyQueue today;

    /** @param say shows a message on the Review screen */
    ReviewStartModel(StudyService study, Consumer<String> say) {
        this.study = study;
        this.say = say;
        refreshToday();
    }

    /** Today's daily counts. */
    public ReadOnlyObjectProperty<QueueCounts> todayCountsProperty() {
        return todayCounts.getReadOnlyProperty();
    }

    /** The topics ticked for a topic practice; the start screen's boxes edit it. */
    public ObservableSet<Topic> chosenTopics() {
        return chosenTopics;
    }

    /** Recomputes today's counts (after time passed or progress changed elsewhere). */
    public void refreshToday() {
        today = study.dailyQueue();
        todayCounts.set(today.counts(study.now()));
    }

    /** While the start screen shows: picks up learning cards that fell due and progress made elsewhere. */
    void tick() {
        if (study.isStale(today) || !today.counts(study.now()).equals(todayCounts.get())) {
            refreshToday();
        }
    }

    /** The practice of the ticked topics; empty, saying to tick one first, when none is. */
    Optional<Practice> topicPractice() {
        if (chosenTopics.isEmpty()) {
            say.accept("Tick at least one topic first.");
            return Optional.empty();
        }
        return Optional.of(Practice.topics(chosenTopics));
    }
}
