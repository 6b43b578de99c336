package org.smriti.ui.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.fsrs.Preview;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.mock.TimeText;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.DailyQueue;
import org.smriti.core.queue.QueueFilter;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.data.study.StudyService;

/**
 * State of the Review screen: which card is shown, what the aspirant chose, the scheduler's preview of the four
 * ratings, session progress and the end-of-session summary. Every answer is saved (fsync'd) before the next card
 * appears; if saving fails the card stays on screen with the reason.
 */
public final class ReviewViewModel {

    /** Where the screen is in a session. */
    public enum Phase { START, ASKING, ANSWERED, FINISHED }

    /** A kind of session: the daily review or a practice on part of the bank, with the same scheduling rules. */
    public record Practice(String label, QueueFilter filter, Predicate<Question> include) {

        public static Practice daily() {
            return new Practice("Daily review", QueueFilter.all(), q -> true);
        }

        public static Practice topics(Set<Topic> topics) {
            return new Practice("Practice: " + String.join(", ", topics.stream().map(Topic::label).sorted().toList()),
                    QueueFilter.topics(topics), q -> true);
        }

        public static Practice bookmarks() {
            return new Practice("Practice: bookmarked cards", QueueFilter.bookmarked(), q -> true);
        }

        public static Practice leeches() {
            return new Practice("Practice: leeches", QueueFilter.leeches(), q -> true);
        }

        public static Practice pyqs() {
            return new Practice("Practice: previous-year questions", QueueFilter.all(), q -> q.pyq().isPresent());
        }
    }

    /** What a finished session amounted to. */
    public record Summary(String label, int cards, int objectiveAnswered, int objectiveCorrect, int again,
            Duration time, int dueTomorrow) {

        public String accuracyText() {
            return objectiveAnswered == 0 ? "—"
                    : Math.round(100.0 * objectiveCorrect / objectiveAnswered) + "% (" + objectiveCorrect + " of "
                    + objectiveAnswered + " objective questions)";
        }
    }

    private record Answered(String questionId, ReviewResult result, Boolean correct, long millis) {
    }

    /** A card shown for longer than this was probably left open; cap the recorded time as Anki does. */
    static final long MAX_CARD_MILLIS = Duration.ofMinutes(5).toMillis();

    private final StudyService study;
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
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper timeOnCard = new ReadOnlyStringWrapper(this, "timeOnCard", "00:00");
    private final ReadOnlyStringWrapper sessionLabel = new ReadOnlyStringWrapper(this, "sessionLabel", "");
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<DailyQueue> todayQueue = new ReadOnlyObjectWrapper<>(this, "todayQueue");

    private final Deque<Answered> answered = new ArrayDeque<>();
    private Practice practice = Practice.daily();
    private Instant shownAt;
    private String lastAnsweredId;

    public ReviewViewModel(StudyService study) {
        this.study = study;
        for (Rating r : Rating.values()) {
            labels.put(r, new ReadOnlyStringWrapper(this, r.name().toLowerCase(java.util.Locale.ROOT) + "Label", ""));
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

    public ReadOnlyIntegerProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bookmarkedProperty() {
        return bookmarked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
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

    /** Today's daily queue, for the start screen's counts. */
    public ReadOnlyObjectProperty<DailyQueue> todayQueueProperty() {
        return todayQueue.getReadOnlyProperty();
    }

    public StudyService study() {
        return study;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** Recomputes today's counts (after time passed or progress changed elsewhere). */
    public void refreshToday() {
        todayQueue.set(study.dailyQueue());
    }

    public void start(Practice kind) {
        practice = kind;
        answered.clear();
        canUndo.set(false);
        done.set(0);
        lastAnsweredId = null;
        sessionLabel.set(kind.label());
        summary.set(null);
        showNext();
    }

    /** Chooses option {@code index} (0..3) of an objective question before it is checked. */
    public void choose(int index) {
        if (phase.get() != Phase.ASKING || !(question.get() instanceof ObjectiveQuestion) || index < 0 || index > 3) {
            return;
        }
        selected.set(index);
        message.set("");
    }

    /** Checks the chosen option, or shows the answer of a flashcard or the model points of a descriptive question. */
    public void reveal() {
        if (phase.get() != Phase.ASKING) {
            return;
        }
        Question q = question.get();
        if (q instanceof ObjectiveQuestion) {
            if (selected.get() < 0) {
                message.set("Choose an option first: 1–4 or A–D.");
                return;
            }
            boolean right = selected.get() == ((ObjectiveQuestion) q).correctOption();
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
        answered.push(new Answered(q.id(), result, correct.get(), millis));
        canUndo.set(true);
        done.set(answered.size());
        lastAnsweredId = q.id();
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
        canUndo.set(!answered.isEmpty());
        done.set(answered.size());
        lastAnsweredId = null;
        summary.set(null);
        study.bank().byId(last.questionId()).ifPresent(this::show);
        message.set("Undone: the card is back as it was before your answer.");
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
        refreshToday();
    }

    /** Updates the time-on-card display; the view calls it every second. */
    public void tick() {
        if (shownAt != null && (phase.get() == Phase.ASKING || phase.get() == Phase.ANSWERED)) {
            timeOnCard.set(TimeText.minutesSeconds(Duration.between(shownAt, study.now())));
        }
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void showNext() {
        DailyQueue queue = study.queue(practice.filter(), practice.include());
        left.set(queue.ids().size());
        String next = pickNext(queue.ids());
        if (next == null) {
            endSession();
            return;
        }
        study.bank().byId(next).ifPresentOrElse(this::show, this::endSession);
    }

    /**
     * The first card due now, so a card failed a moment ago (due again in a minute, inside the learn-ahead window)
     * does not come straight back while others wait; a learn-ahead card only when nothing else is left.
     */
    private String pickNext(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        Instant now = study.now();
        for (String id : ids) {
            if (!id.equals(lastAnsweredId) && !study.card(id).due().isAfter(now)) {
                return id;
            }
        }
        for (String id : ids) {
            if (!id.equals(lastAnsweredId)) {
                return id;
            }
        }
        return ids.get(0);
    }

    private void show(Question q) {
        question.set(q);
        selected.set(-1);
        correct.set(null);
        suggested.set(null);
        labels.values().forEach(l -> l.set(""));
        bookmarked.set(study.progress(q.id()).bookmarked());
        shownAt = study.now();
        timeOnCard.set(TimeText.minutesSeconds(Duration.ZERO));
        phase.set(Phase.ASKING);
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
                study.dueBy(study.today().plusDays(1))));
        question.set(null);
        phase.set(Phase.FINISHED);
        refreshToday();
    }
}
