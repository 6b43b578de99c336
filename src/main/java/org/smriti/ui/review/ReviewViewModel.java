package org.smriti.ui.review;

import java.time.Duration;
import java.time.Instant;
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
import org.smriti.core.fsrs.Preview;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.mock.TimeText;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.common.CardActions;

/**
 * The Review screen as a whole: which of its screens shows (start, card, summary) and the moves between them, the
 * card on screen with what the aspirant chose and the scheduler's preview of the four ratings, and the screen's
 * message. The start screen's own state is {@link ReviewStartModel}'s; the session's queue, answers and summary
 * are {@link ReviewSessionModel}'s. Every answer is saved (fsync'd) before the next card appears, and if saving
 * fails the card stays on screen with the reason.
 */
public final class ReviewViewModel {

    /** Where the screen is in a session. */
    public enum Phase { START, ASKING, ANSWERED, FINISHED }

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
    private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper(this, "bookmarked");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper timeOnCard = new ReadOnlyStringWrapper(this, "timeOnCard", "00:00");
    private final ReviewStartModel startScreen;
    private final ReviewSessionModel session;
    private Instant shownAt;

    /** @param cards opens the editor on an own card (E); its changes reach the card on screen */
    public ReviewViewModel(StudyService study, CardActions cards) {
        this.study = study;
        this.cards = cards;
        this.startScreen = new ReviewStartModel(study, message::set);
        this.session = new ReviewSessionModel(study);
        cards.onChange(this::cardsChanged);
        for (Rating r : Rating.values()) {
            labels.put(r, new ReadOnlyStringWrapper(this, r.name().toLowerCase(Locale.ROOT) + "Label", ""));
        }
    }

    /** Today's counts and the topics ticked, for the start screen. */
    public ReviewStartModel startScreen() {
        return startScreen;
    }

    /** The session's progress, undo and summary. */
    public ReviewSessionModel session() {
        return session;
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

    public ReadOnlyBooleanProperty bookmarkedProperty() {
        return bookmarked.getReadOnlyProperty();
    }

    /** Whether the card on screen is one of the aspirant's own, which E opens in the editor. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    /** A problem the aspirant must know about (saving failed, no option chosen), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeOnCardProperty() {
        return timeOnCard.getReadOnlyProperty();
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    public void start(Practice kind) {
        session.begin(kind);
        message.set("");
        showNext();
    }

    /** Practises the ticked topics, or says to tick one first. */
    public void startTopicPractice() {
        startScreen.topicPractice().ifPresent(this::start);
    }

    /** Carries on a finished session whose learning cards have fallen due. */
    public void continueSession() {
        if (session.resume()) {
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
        long millis = Math.min(MAX_CARD_MILLIS, Math.max(0, Duration.between(shownAt, study.now()).toMillis()));
        ReviewResult result;
        try {
            result = session.answer(question.get().id(), rating, correct.get(), millis);
        } catch (SaveFailedException e) {
            message.set("Your answer was not saved: " + e.getMessage() + " It is still here — try again.");
            return;
        }
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
        Optional<String> undone;
        try {
            undone = session.undo();
        } catch (SaveFailedException e) {
            message.set("Undo was not saved: " + e.getMessage());
            return;
        }
        undone.ifPresent(id -> {
            study.bank().byId(id).ifPresent(this::show);
            message.set("Undone: the card is back as it was before your answer.");
        });
    }

    /** Opens the editor on the card on screen, if it is an own card (E, as in Anki). */
    public void edit() {
        Question q = question.get();
        if (q != null && canEdit.get()) {
            cards.edit(q);
        }
    }

    /**
     * Cards saved, edited or deleted elsewhere (the editor, an import): a session under way rebuilds its queue, so
     * a card just made joins it; the card on screen is shown as it is now (deleted: move on).
     */
    private void cardsChanged() {
        Question q = question.get();
        if (phase.get() != Phase.START) {
            session.cardsChanged();
        }
        if (q == null) {
            startScreen.refreshToday();
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
        startScreen.refreshToday();
    }

    /**
     * Called every second: updates the time on the card, and picks up learning cards that fell due while the
     * start screen or a summary was showing.
     */
    public void tick() {
        switch (phase.get()) {
            case START -> startScreen.tick();
            case FINISHED -> session.tick();
            default -> timeOnCard.set(TimeText.minutesSeconds(Duration.between(shownAt, study.now())));
        }
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void showNext() {
        session.next().ifPresentOrElse(this::show, this::endSession);
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

    private void endSession() {
        session.end();
        question.set(null);
        phase.set(Phase.FINISHED);
        startScreen.refreshToday();
    }
}
