package org.smriti.ui.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.question.Question;
import org.smriti.core.queue.QueueCounts;
import org.smriti.core.queue.StudyQueue;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.common.DueAgainText;

/**
 * A review session's run through its queue: which card comes next (decided by {@link StudyQueue}), the answers
 * given (kept so that undo is exact and the summary can count them), and, once the session ended, its summary and
 * whether learning cards have fallen due so it can go on. What is on screen is {@link ReviewViewModel}'s.
 */
public final class ReviewSessionModel {

    /** An answer of this session, with the queue as it was before it, so undo is exact. */
    private record Answered(String questionId, ReviewResult result, Boolean correct, long millis,
                            StudyQueue queueBefore) {
    }

    private final StudyService study;
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper left = new ReadOnlyIntegerWrapper(this, "left");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper(this, "canContinue");
    private final ReadOnlyStringWrapper dueAgain = new ReadOnlyStringWrapper(this, "dueAgain", "");
    private final ReadOnlyStringWrapper sessionLabel = new ReadOnlyStringWrapper(this, "sessionLabel", "");
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    private final Deque<Answered> answered = new ArrayDeque<>();
    private Practice practice = Practice.daily();
    private StudyQueue queue;

    ReviewSessionModel(StudyService study) {
        this.study = study;
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Cards the session will still show, by the queue's own rules. */
    public ReadOnlyIntegerProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** After a session ended with learning cards still to come: one of them is due now. */
    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    /** After a session: when today's learning cards come back, or that one is due now; empty if none. */
    public ReadOnlyStringProperty dueAgainProperty() {
        return dueAgain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionLabelProperty() {
        return sessionLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // ---- the session's course, driven by ReviewViewModel ------------------------------------------------------

    void begin(Practice kind) {
        practice = kind;
        answered.clear();
        canUndo.set(false);
        canContinue.set(false);
        done.set(0);
        sessionLabel.set(kind.label());
        summary.set(null);
        rebuildQueue();
    }

    /** The card to show next, or empty when the session is over. */
    Optional<Question> next() {
        if (study.isStale(queue)) {
            rebuildQueue();
        }
        Instant now = study.now();
        left.set(queue.counts(now).total());
        return queue.next(now).flatMap(id -> study.bank().byId(id));
    }

    /** Saves an answer (nothing changes if that fails) and moves the queue past its card. */
    ReviewResult answer(String questionId, Rating rating, Boolean correct, long millis) throws SaveFailedException {
        ReviewResult result = study.answer(questionId, rating, millis);
        answered.push(new Answered(questionId, result, correct, millis, queue));
        queue = study.advance(queue, questionId, result);
        canUndo.set(true);
        done.set(answered.size());
        return result;
    }

    /** Takes back the last answer and the queue as it was before it: the id of its card, empty if none. */
    Optional<String> undo() throws SaveFailedException {
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        Answered last = answered.peek();
        study.undo(last.questionId(), last.result());
        answered.pop();
        queue = last.queueBefore();
        canUndo.set(!answered.isEmpty());
        canContinue.set(false);
        done.set(answered.size());
        summary.set(null);
        left.set(queue.counts(study.now()).total());
        return Optional.of(last.questionId());
    }

    /** Cards were saved, edited or deleted elsewhere: the queue is built again, as Anki rebuilds its queues. */
    void cardsChanged() {
        rebuildQueue();
        left.set(queue.counts(study.now()).total());
    }

    /** Whether a finished session may go on (a card fell due); if so its summary is put away. */
    boolean resume() {
        if (!canContinue.get()) {
            return false;
        }
        canContinue.set(false);
        summary.set(null);
        return true;
    }

    void end() {
        int objective = 0;
        int right = 0;
        int again = 0;
        long millis = 0;
        for (Answered a : answered) {
            if (a.correct() != null) {
                objective++;
                if (a.correct()) {
                    right++;
                }
            }
            if (a.result().rating() == Rating.AGAIN) {
                again++;
            }
            millis += a.millis();
        }
        summary.set(new Summary(practice.label(), answered.size(), objective, right, again, Duration.ofMillis(millis),
                study.dueBy(study.today().plusDays(1)), dueAgainText()));
        dueAgain.set(summary.get().dueAgain());
    }

    /** While the summary shows: picks up learning cards that fell due, or cards added since, so it can go on. */
    void tick() {
        if (canContinue.get()) {
            return;
        }
        if (study.isStale(queue)) {
            rebuildQueue();
        }
        Instant now = study.now();
        if (!queue.isFinished(now)) {
            canContinue.set(true);
            QueueCounts counts = queue.counts(now);
            dueAgain.set(counts.newCount() + counts.reviewCount() > 0
                    ? "More cards are due now (new ones were added): press Enter to continue."
                    : "A learning card is due now: press Enter to continue.");
        }
    }

    private void rebuildQueue() {
        queue = study.queue(practice.filter(), practice.include());
    }

    private String dueAgainText() {
        String text = DueAgainText.of(queue.counts(study.now()), study.dayClock().zone());
        return text.isEmpty() ? "" : text + ".";
    }
}
