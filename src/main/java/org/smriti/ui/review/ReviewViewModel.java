package org.smriti.ui.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.smriti.core.fsrs.Preview;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.mock.TimeText;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.QueueCounts;
import org.smriti.core.queue.StudyQueue;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.common.CardActions;
import org.smriti.ui.common.DueAgainText;

/**
 * State of the Review screen: which card is shown, what the aspirant chose, the scheduler's preview of the four
 * ratings, session progress and the end-of-session summary. What comes next is decided by {@link StudyQueue};
 * every answer is saved (fsync'd) before the next card appears, and if saving fails the card stays on screen
 * with the reason.
 */
public final class ReviewViewModel {

    /** Where the screen is in a session. */
    public enum Phase { START, ASKING, ANSWERED, FINISHED }

    /** An answer of this session, with the queue as it was before it, so undo is exact. */
    private record Answered(String questionId, ReviewResult result, Boolean correct, long millis,
                            StudyQueue queueBefore) {
    }

    /** A card shown for longer than this was probably left open; cap the recorded time as Anki does. */
    static final long MAX_CARD_MILLIS = Duration.ofMinutes(5).toMillis();

    private final StudyService study;
    private final CardActions cards;
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(this, "canEdit");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.START);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyObjectWrapper<Boolean> correct = new ReadOnlyObjectWrapper<>(this, "correct");
    private final ReadOnlyObjectWrapper<Rating> suggested = new ReadOnlyObjectWrapper<>(this, "suggested");
    private final Map<Rating, ReadOnlyStringWrapper> labels = new EnumMap<>(Rating.class);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper left = new ReadOnlyIntegerWrapper(this, "left");
    private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper(this, "bookmarked");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper(this, "canContinue");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper dueAgain = new ReadOnlyStringWrapper(this, "dueAgain", "");
    private final ReadOnlyStringWrapper timeOnCard = new ReadOnlyStringWrapper(this, "timeOnCard", "00:00");
    private final ReadOnlyStringWrapper sessionLabel = new ReadOnlyStringWrapper(this, "sessionLabel", "");
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<QueueCounts> todayCounts = new ReadOnlyObjectWrapper<>(this, "todayCounts");
    private final ObservableSet<Topic> chosenTopics = FXCollections.observableSet();

    private final Deque<Answered> answered = new ArrayDeque<>();
    private Practice practice = Practice.daily();
    private StudyQueue queue;
    private StudyQueue today;
    private Instant shownAt;

    /** @param cards opens the editor on an own card (E); its changes reach the card on screen */
    public ReviewViewModel(StudyService study, CardActions cards) {
        this.study = study;
        this.cards = cards;
        cards.onChange(this::cardsChanged);
        for (Rating r : Rating.values()) {
            labels.put(r, new ReadOnlyStringWrapper(this, r.name().toLowerCase(Locale.ROOT) + "Label", ""));
        }
        refreshToday();
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The option chosen (0..3), or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** After checking an objective question: whether the choice was right; {@code null} otherwise. */
    public ReadOnlyObjectProperty<Boolean> correctProperty() {
        return correct.getReadOnlyProperty();
    }

    /** The rating pre-selected after the answer is shown (Good if right, Again if wrong). */
    public ReadOnlyObjectProperty<Rating> suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    /** The next interval for a rating, from the scheduler's preview ("1m", "10m", "3d"). */
    public ReadOnlyStringProperty intervalLabelProperty(Rating rating) {
        return labels.get(rating).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Cards the session will still show, by the queue's own rules. */
    public ReadOnlyIntegerProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bookmarkedProperty() {
        return bookmarked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether the card on screen is one of the aspirant's own, which E opens in the editor. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    /** After a session ended with learning cards still to come: one of them is due now. */
    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    /** After a session: when today's learning cards come back, or that one is due now; empty if none. */
    public ReadOnlyStringProperty dueAgainProperty() {
        return dueAgain.getReadOnlyProperty();
    }

    /** A problem the aspirant must know about (saving failed, no option chosen), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeOnCardProperty() {
        return timeOnCard.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionLabelProperty() {
        return sessionLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Today's daily counts, for the start screen. */
    public ReadOnlyObjectProperty<QueueCounts> todayCountsProperty() {
        return todayCounts.getReadOnlyProperty();
    }

    /** The topics ticked for a topic practice; the start screen's boxes edit it. */
    public ObservableSet<Topic> chosenTopics() {
        return chosenTopics;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** Recomputes today's counts (after time passed or progress changed elsewhere). */
    public void refreshToday() {
        today = study.dailyQueue();
        todayCounts.set(today.counts(study.now()));
    }

    public void start(Practice kind) {
        practice = kind;
        answered.clear();
        canUndo.set(false);
        canContinue.set(false);
        done.set(0);
        sessionLabel.set(kind.label());
        summary.set(null);
        message.set("");
        queue = study.queue(kind.filter(), kind.include());
        showNext();
    }

    /** Practises the ticked topics, or says to tick one first. */
    public void startTopicPractice() {
        if (chosenTopics.isEmpty()) {
            message.set("Tick at least one topic first.");
            return;
        }
        start(Practice.topics(chosenTopics));
    }

    /** Carries on a finished session whose learning cards have fallen due. */
    public void continueSession() {
        if (canContinue.get()) {
            canContinue.set(false);
            summary.set(null);
            showNext();
        }
    }

    /** Chooses option {@code index} (0..3) of an objective question before it is checked. */
    public void choose(int index) {
        if (phase.get() != Phase.ASKING || !(question.get() instanceof ObjectiveQuestion) || index < 0 || index > 3) {
            return;
        }
        selected.set(index);
        message.set("");
    }

    /** Checks the chosen option, or shows the answer of a recall card or the model points of a descriptive one. */
    public void reveal() {
        if (phase.get() != Phase.ASKING) {
            return;
        }
        Question q = question.get();
        if (q instanceof ObjectiveQuestion objective) {
            if (selected.get() < 0) {
                message.set("Choose an option first: 1–4 or A–D.");
                return;
            }
            boolean right = selected.get() == objective.correctOption();
            correct.set(right);
            suggested.set(right ? Rating.GOOD : Rating.AGAIN);
        } else {
            correct.set(null);
            suggested.set(Rating.GOOD);
        }
        Preview preview = study.preview(q.id());
        for (Rating r : Rating.values()) {
            labels.get(r).set(preview.get(r).label());
        }
        message.set("");
        phase.set(Phase.ANSWERED);
    }

    /** Saves the rating and moves on; on a failed save the card stays with the reason shown. */
    public void rate(Rating rating) {
        if (phase.get() != Phase.ANSWERED) {
            return;
        }
        Question q = question.get();
        long millis = Math.min(MAX_CARD_MILLIS, Math.max(0, Duration.between(shownAt, study.now()).toMillis()));
        ReviewResult result;
        try {
            result = study.answer(q.id(), rating, millis);
        } catch (SaveFailedException e) {
            message.set("Your answer was not saved: " + e.getMessage() + " It is still here — try again.");
            return;
        }
        answered.push(new Answered(q.id(), result, correct.get(), millis, queue));
        queue = study.advance(queue, q.id(), result);
        canUndo.set(true);
        done.set(answered.size());
        message.set(result.becameLeech()
                ? "This card has now been forgotten " + result.after().lapses() + " times: it is marked as a leech."
                : "");
        showNext();
    }

    public void rateSuggested() {
        if (suggested.get() != null) {
            rate(suggested.get());
        }
    }

    /** Takes back the last answer of this session and shows that card again. */
    public void undo() {
        if (answered.isEmpty()) {
            return;
        }
        Answered last = answered.peek();
        try {
            study.undo(last.questionId(), last.result());
        } catch (SaveFailedException e) {
            message.set("Undo was not saved: " + e.getMessage());
            return;
        }
        answered.pop();
        queue = last.queueBefore();
        canUndo.set(!answered.isEmpty());
        canContinue.set(false);
        done.set(answered.size());
        summary.set(null);
        left.set(queue.counts(study.now()).total());
        study.bank().byId(last.questionId()).ifPresent(this::show);
        message.set("Undone: the card is back as it was before your answer.");
    }

    /** Opens the editor on the card on screen, if it is an own card (E, as in Anki). */
    public void edit() {
        Question q = question.get();
        if (q != null && canEdit.get()) {
            cards.edit(q);
        }
    }

    /**
     * Cards saved, edited or deleted elsewhere (the editor, an import): the session's queue is built again, as
     * Anki rebuilds its queues after such a change, so a card just made joins the session; the card on screen is
     * shown as it is now (deleted: move on).
     */
    private void cardsChanged() {
        Question q = question.get();
        if (queue != null && phase.get() != Phase.START) {
            queue = study.queue(practice.filter(), practice.include());
            left.set(queue.counts(study.now()).total());
        }
        if (q == null) {
            refreshToday();
            return;
        }
        Optional<Question> now = study.bank().byId(q.id());
        if (now.isEmpty()) {
            showNext();
        } else if (!now.get().equals(q)) {
            show(now.get());
        }
    }

    public void toggleBookmark() {
        Question q = question.get();
        if (q == null || (phase.get() != Phase.ASKING && phase.get() != Phase.ANSWERED)) {
            return;
        }
        boolean on = !bookmarked.get();
        try {
            study.setBookmarked(q.id(), on);
            bookmarked.set(on);
            message.set(on ? "Bookmarked." : "Bookmark removed.");
        } catch (SaveFailedException e) {
            message.set("The bookmark was not saved: " + e.getMessage());
        }
    }

    /** Ends the session now and shows its summary. */
    public void finish() {
        if (phase.get() == Phase.ASKING || phase.get() == Phase.ANSWERED) {
            endSession();
        }
    }

    /** Back to the start screen (e.g. to choose a practice). */
    public void backToStart() {
        phase.set(Phase.START);
        question.set(null);
        message.set("");
        refreshToday();
    }

    /**
     * Called every second: updates the time on the card, and picks up learning cards that fell due while the
     * start screen or a summary was showing.
     */
    public void tick() {
        Instant now = study.now();
        Phase p = phase.get();
        if (shownAt != null && (p == Phase.ASKING || p == Phase.ANSWERED)) {
            timeOnCard.set(TimeText.minutesSeconds(Duration.between(shownAt, now)));
        } else if (p == Phase.START && (study.isStale(today) || !today.counts(now).equals(todayCounts.get()))) {
            refreshToday();
        } else if (p == Phase.FINISHED && queue != null && !canContinue.get()) {
            if (study.isStale(queue)) {
                queue = study.queue(practice.filter(), practice.include());
            }
            if (!queue.isFinished(now)) {
                canContinue.set(true);
                QueueCounts counts = queue.counts(now);
                dueAgain.set(counts.newCount() + counts.reviewCount() > 0
                        ? "More cards are due now (new ones were added): press Enter to continue."
                        : "A learning card is due now: press Enter to continue.");
            }
        }
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void showNext() {
        if (study.isStale(queue)) {
            queue = study.queue(practice.filter(), practice.include());
        }
        Instant now = study.now();
        left.set(queue.counts(now).total());
        Optional<Question> next = queue.next(now).flatMap(id -> study.bank().byId(id));
        next.ifPresentOrElse(this::show, this::endSession);
    }

    private void show(Question q) {
        question.set(q);
        selected.set(-1);
        correct.set(null);
        suggested.set(null);
        labels.values().forEach(l -> l.set(""));
        bookmarked.set(study.progress(q.id()).bookmarked());
        canEdit.set(cards.isOwn(q.id()));
        shownAt = study.now();
        timeOnCard.set(TimeText.minutesSeconds(Duration.ZERO));
        phase.set(Phase.ASKING);
    }

    private String dueAgainText() {
        String text = DueAgainText.of(queue.counts(study.now()), study.dayClock().zone());
        return text.isEmpty() ? "" : text + ".";
    }

    private void endSession() {
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
        question.set(null);
        phase.set(Phase.FINISHED);
        refreshToday();
    }

}
