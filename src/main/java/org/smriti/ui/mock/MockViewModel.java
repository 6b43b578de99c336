package org.smriti.ui.mock;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.mock.MockDiscardedEvent;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSelection;
import org.smriti.core.mock.MockSelector;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.mock.MockStartedEvent;
import org.smriti.core.mock.ResumeOffer;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;

/**
 * The mock-test screen as a whole: which of its three screens is showing and the moves between them (start,
 * resume, discard, submit, retry, retake, back to setup, a past result), the unfinished test on offer, and the
 * page's save problem. Each screen's own state is in its model: {@link SetupModel}, {@link TakingModel},
 * {@link ResultsModel}, with the past tests in {@link HistoryModel}.
 */
public final class MockViewModel {

    /** The three screens of the page. */
    public enum Screen { SETUP, TAKING, RESULTS }

    private final MockBank bank;
    private final MockPorts ports;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.SETUP);
    private final ReadOnlyObjectWrapper<ResumeOffer> resumeOffer = new ReadOnlyObjectWrapper<>(this, "resumeOffer");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final SetupModel setup;
    private final TakingModel taking;
    private final ResultsModel results = new ResultsModel();
    private final HistoryModel history;

    /**
     * @param bank  the question bank as it is now, in bank order; only objective questions are used in tests
     * @param ports the journal and the scheduler
     * @param clock the only source of time (tests pass a clock they move by hand)
     */
    public MockViewModel(Supplier<List<Question>> bank, MockPorts ports, Clock clock) {
        this.bank = new MockBank(bank);
        this.ports = ports;
        this.clock = clock;
        this.setup = new SetupModel(this.bank, ports);
        this.taking = new TakingModel(this.bank, ports, clock, screen.getReadOnlyProperty(), saveError::set,
                this::submitted);
        this.history = new HistoryModel(clock.getZone());
        refreshJournal();
    }

    public SetupModel setup() {
        return setup;
    }

    public TakingModel taking() {
        return taking;
    }

    public ResultsModel results() {
        return results;
    }

    public HistoryModel history() {
        return history;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** The unfinished test to resume, or {@code null}. */
    public ReadOnlyObjectProperty<ResumeOffer> resumeOfferProperty() {
        return resumeOffer.getReadOnlyProperty();
    }

    /** Why the last save failed; empty once a save succeeds. Shown above whichever screen is showing. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** A question of the bank that can appear in a test. */
    public ObjectiveQuestion question(String id) {
        return bank.question(id);
    }

    /** Starts a fresh test as set up (a new seed each time); does nothing but explain when it cannot. */
    public void start() {
        setup.choose(freshSeed()).ifPresent(choice -> startSession(choice.spec(), choice.selection()));
    }

    /** Continues the unfinished test; its clock restarts now, the time while closed is not counted. */
    public void resume() {
        ResumeOffer offer = resumeOffer.get();
        if (offer == null) {
            return;
        }
        Optional<String> missing = bank.missing(offer.session().questionIds());
        if (missing.isPresent()) {
            setup.explain("Cannot resume: question '" + missing.get()
                    + "' of that test is no longer in the question bank. Discard it to start afresh.");
            return;
        }
        taking.resume(offer.session());
        saveError.set("");
        screen.set(Screen.TAKING);
    }

    /** Throws the unfinished test away (it is kept out of the history). */
    public void discard() {
        ResumeOffer offer = resumeOffer.get();
        if (offer != null && appendForSetup(List.of(new MockDiscardedEvent(offer.session().testId(), clock.instant())))) {
            refreshJournal();
        }
    }

    /** A new test of just the questions answered wrong; nothing if none were. */
    public void retryWrong() {
        MockResult r = results.resultProperty().get();
        if (r == null) {
            return;
        }
        r.retryWrongSpec(freshSeed()).ifPresent(spec ->
                startSession(spec, MockSelector.select(spec, bank.questions(), Set.of())));
    }

    /** The same questions in the same order with the same time and marking. */
    public void retake() {
        MockResult r = results.resultProperty().get();
        if (r != null) {
            startSession(r.spec(), r.retakeSelection());
        }
    }

    /** Back to the setup screen. */
    public void newTest() {
        if (taking.running()) {
            return;
        }
        refreshJournal();
        setup.refreshPlan();
        screen.set(Screen.SETUP);
    }

    /** Shows the result of a past test from the history. */
    public void openPast(MockHistory.Entry entry) {
        results.show(entry.result());
        screen.set(Screen.RESULTS);
    }

    private void submitted(MockResult result) {
        results.show(result);
        refreshJournal();
        screen.set(Screen.RESULTS);
    }

    private void startSession(MockSpec spec, MockSelection selection) {
        Optional<String> missing = bank.missing(selection.questionIds());
        if (missing.isPresent()) {
            String message = "Cannot start: question '" + missing.get() + "' is no longer in the question bank.";
            setup.explain(message);
            saveError.set(screen.get() == Screen.RESULTS ? message : "");
            return;
        }
        Instant now = clock.instant();
        List<ProgressEvent> events = new ArrayList<>();
        // A new test replaces an unfinished one; otherwise it would linger in the journal for ever.
        ResumeOffer unfinished = resumeOffer.get();
        if (unfinished != null) {
            events.add(new MockDiscardedEvent(unfinished.session().testId(), now));
        }
        MockSession started = MockSession.start(newTestId(now), spec, selection, now);
        events.add(started.startedEvent());
        if (!appendForSetup(events)) {
            return;
        }
        taking.begin(started);
        resumeOffer.set(null);
        saveError.set("");
        screen.set(Screen.TAKING);
    }

    private boolean appendForSetup(List<ProgressEvent> events) {
        try {
            ports.append(events);
            setup.explain("");
            return true;
        } catch (UncheckedIOException e) {
            String problem = "Could not save: " + e.getMessage();
            setup.explain(problem);
            if (screen.get() == Screen.RESULTS) {
                saveError.set(problem);
            }
            return false;
        }
    }

    private String newTestId(Instant now) {
        return "mock-" + now.toEpochMilli() + "-" + (startedCount() + 1);
    }

    private long startedCount() {
        return ports.mockEvents().stream().filter(e -> e instanceof MockStartedEvent).count();
    }

    /** A different selection for each fresh test; retakes reuse the spec's own seed instead. */
    private long freshSeed() {
        return clock.instant().toEpochMilli() * 1_000_003L + startedCount();
    }

    private void refreshJournal() {
        List<ProgressEvent> events = ports.mockEvents();
        try {
            resumeOffer.set(ResumeOffer.find(events).orElse(null));
            history.show(MockHistory.from(events, bank.byId()));
        } catch (IllegalArgumentException e) {
            history.failed("Past tests cannot be shown: " + e.getMessage());
        }
    }
}
