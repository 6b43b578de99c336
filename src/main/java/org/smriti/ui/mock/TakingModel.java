package org.smriti.ui.mock;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.PaletteState;
import org.smriti.core.mock.TimeText;
import org.smriti.core.mock.TimeWarning;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.ObjectiveQuestion;

/**
 * The test in progress: the session, the countdown and its warnings. Every action is journalled through
 * {@link MockPorts#append} before the method returns; plain clock ticks are saved as a checkpoint every
 * {@link #CHECKPOINT} of countdown. Time is read only from the injected clock, at {@link #tick()} and at each
 * action. When the test is submitted (by the aspirant or at 00:00) its result goes to the coordinator.
 */
public final class TakingModel {

    /** How often the countdown alone is saved while nothing else changes. */
    public static final Duration CHECKPOINT = Duration.ofSeconds(5);

    private final MockBank bank;
    private final MockPorts ports;
    private final Clock clock;
    private final ObservableObjectValue<MockViewModel.Screen> screen;
    private final Consumer<String> saveProblem;
    private final Consumer<MockResult> submitted;
    private final ReadOnlyObjectWrapper<MockSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    /** The session as last written to the journal: what a save still has to write is everything since. */
    private MockSession saved;

    /**
     * @param screen      the screen on show: the test runs only while it is this one
     * @param saveProblem shows why saving failed; called with an empty text once a save succeeds
     * @param submitted   takes the result once the test is submitted
     */
    TakingModel(MockBank bank, MockPorts ports, Clock clock, ObservableObjectValue<MockViewModel.Screen> screen,
                Consumer<String> saveProblem, Consumer<MockResult> submitted) {
        this.bank = bank;
        this.ports = ports;
        this.clock = clock;
        this.screen = screen;
        this.saveProblem = saveProblem;
        this.submitted = submitted;
    }

    /** The test on screen (running or just submitted), or {@code null} before the first. */
    public ReadOnlyObjectProperty<MockSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The latest countdown warning ("10 minutes left"), empty when none is showing. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public boolean running() {
        return screen.get() == MockViewModel.Screen.TAKING && session.get() != null && !session.get().submitted();
    }

    /** The question on screen. */
    public ObjectiveQuestion currentQuestion() {
        return bank.question(session.get().currentQuestionId());
    }

    /** The countdown, {@code mm:ss}. */
    public String remainingText() {
        MockSession s = session.get();
        return s == null ? "" : TimeText.minutesSeconds(s.remaining());
    }

    /** Counts per palette state, for the legend and the submit confirmation. */
    public Map<PaletteState, Integer> paletteCounts() {
        return session.get().paletteCounts();
    }

    /** Chooses option 0..3 ((a)..(d)) for the question on screen. */
    public void select(int option) {
        act(s -> s.select(option));
    }

    public void clearResponse() {
        act(MockSession::clear);
    }

    public void saveAndNext() {
        act(MockSession::saveAndNext);
    }

    public void markAndNext() {
        act(MockSession::markAndNext);
    }

    public void previous() {
        act(MockSession::previous);
    }

    public void jumpTo(int index) {
        act(s -> s.jumpTo(index));
    }

    /** Submits at once; the page asks for confirmation first. */
    public void submit() {
        act(MockSession::submit);
    }

    /** Advances the countdown to the clock's time; at zero the test is submitted. Called every second. */
    public void tick() {
        if (!running()) {
            return;
        }
        Instant now = clock.instant();
        MockSession before = session.get();
        MockSession next = before.tick(now);
        session.set(next);
        showWarnings(before, next);
        if (next.submitted() || saved.remainingMillis() - next.remainingMillis() >= CHECKPOINT.toMillis()) {
            save(next, now);
        }
        if (next.submitted()) {
            finish(next);
        }
    }

    /** Hides the countdown warning. */
    public void dismissWarning() {
        warning.set("");
    }

    /** Takes a test whose start is already in the journal. */
    void begin(MockSession started) {
        saved = started;
        session.set(started);
        warning.set("");
    }

    /** Continues a test from the journal; its clock restarts now, the time while closed is not counted. */
    void resume(MockSession unfinished) {
        saved = unfinished;
        session.set(unfinished.tick(clock.instant()));
        warning.set("");
    }

    private void act(UnaryOperator<MockSession> action) {
        if (!running()) {
            return;
        }
        Instant now = clock.instant();
        MockSession before = session.get();
        MockSession ticked = before.tick(now);
        // The countdown may have run out since the last tick; then the action comes too late.
        MockSession next = ticked.submitted() ? ticked : action.apply(ticked);
        session.set(next);
        showWarnings(before, next);
        save(next, now);
        if (next.submitted()) {
            finish(next);
        }
    }

    private void save(MockSession next, Instant now) {
        List<ProgressEvent> events = next.eventsSince(saved, now);
        if (events.isEmpty()) {
            return;
        }
        try {
            ports.append(events);
            saved = next;
            saveProblem.accept("");
        } catch (UncheckedIOException e) {
            // The unsaved steps stay pending: the next save writes them all (eventsSince spans several steps).
            saveProblem.accept("Your last answers are not saved yet: " + e.getMessage()
                    + ". Smriti tries again at your next action.");
        }
    }

    private void showWarnings(MockSession before, MockSession next) {
        Set<TimeWarning> fresh = next.warningsSince(before);
        if (fresh.contains(TimeWarning.ONE_MINUTE)) {
            warning.set("1 minute left. The test is submitted automatically at 00:00.");
        } else if (fresh.contains(TimeWarning.TEN_MINUTES)) {
            warning.set("10 minutes left.");
        }
    }

    private void finish(MockSession done) {
        MockResult result = MockResult.of(done, bank.byId());
        try {
            ports.feedReviews(result);
        } catch (UncheckedIOException e) {
            saveProblem.accept("Your answers could not be added to daily review: " + e.getMessage());
        }
        warning.set("");
        submitted.accept(result);
    }
}
