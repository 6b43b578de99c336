package org.smriti.ui.mock;

import static org.smriti.core.text.Words.plural;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.mock.MockDiscardedEvent;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.MockSelection;
import org.smriti.core.mock.MockSelector;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.mock.MockStartedEvent;
import org.smriti.core.mock.PaletteState;
import org.smriti.core.mock.ResumeOffer;
import org.smriti.core.mock.ReviewFilter;
import org.smriti.core.mock.TimeText;
import org.smriti.core.mock.TimeWarning;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.WholeNumbers;

/**
 * State of the mock-test screen: setting up, taking and reviewing a test. Every action on a running test is
 * journalled through {@link MockPorts#append} before the method returns; plain clock ticks are saved as a
 * checkpoint every {@link #CHECKPOINT} of countdown. Time is read only from the injected clock, at
 * {@link #tick()} and at each action.
 */
public final class MockViewModel {

    /** How often the countdown alone is saved while nothing else changes. */
    public static final Duration CHECKPOINT = Duration.ofSeconds(5);
    static final int MAX_CUSTOM_COUNT = 200;
    static final int MAX_CUSTOM_MINUTES = 600;

    /** The three screens of the page. */
    public enum Screen { SETUP, TAKING, RESULTS }

    /** The kinds of question shown in the review. */
    public enum ReviewKind {
        ALL("All", ReviewFilter.ALL),
        WRONG("Wrong", ReviewFilter.WRONG),
        BLANK("Blank", ReviewFilter.BLANK),
        MARKED("Marked", ReviewFilter.MARKED);

        private final String label;
        private final ReviewFilter filter;

        ReviewKind(String label, ReviewFilter filter) {
            this.label = label;
            this.filter = filter;
        }

        public String label() {
            return label;
        }
    }

    private final List<Question> bank;
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final MockPorts ports;
    private final Clock clock;

    // ---- setup ----
    private final ObjectProperty<MockPreset> preset = new SimpleObjectProperty<>(this, "preset", MockPreset.QUICK);
    private final StringProperty customCount = new SimpleStringProperty(this, "customCount", "20");
    private final StringProperty customMinutes = new SimpleStringProperty(this, "customMinutes", "24");
    private final ObservableSet<Topic> topics = FXCollections.observableSet();
    private final ObservableSet<Integer> difficulties = FXCollections.observableSet();
    private final BooleanProperty pyqOnly = new SimpleBooleanProperty(this, "pyqOnly");
    private final BooleanProperty weakSpotsOnly = new SimpleBooleanProperty(this, "weakSpotsOnly");
    private final StringProperty marksRight = new SimpleStringProperty(this, "marksRight", "2");
    private final StringProperty marksWrong = new SimpleStringProperty(this, "marksWrong", "-2/3");
    private final StringProperty marksBlank = new SimpleStringProperty(this, "marksBlank", "0");
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper(this, "plan", "");
    private final ReadOnlyStringWrapper setupError = new ReadOnlyStringWrapper(this, "setupError", "");
    private final ReadOnlyObjectWrapper<ResumeOffer> resumeOffer = new ReadOnlyObjectWrapper<>(this, "resumeOffer");
    private final ReadOnlyObjectWrapper<MockHistory> history =
            new ReadOnlyObjectWrapper<>(this, "history", new MockHistory(List.of()));
    private final ReadOnlyStringWrapper historyError = new ReadOnlyStringWrapper(this, "historyError", "");

    // ---- taking ----
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.SETUP);
    private final ReadOnlyObjectWrapper<MockSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private MockSession saved;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");

    // ---- results ----
    private final ReadOnlyObjectWrapper<MockResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<ReviewKind> reviewKind = new SimpleObjectProperty<>(this, "reviewKind", ReviewKind.ALL);
    private final ObjectProperty<Topic> reviewTopic = new SimpleObjectProperty<>(this, "reviewTopic");
    private final ObservableList<MockResult.QuestionRow> reviewRows = FXCollections.observableArrayList();
    // One wrapper for good: it holds its listeners, and a wrapper made per call would be collected with them.
    private final ObservableList<MockResult.QuestionRow> reviewRowsView =
            FXCollections.unmodifiableObservableList(reviewRows);

    /**
     * @param bank  the question bank in bank order; only objective questions are used in tests
     * @param ports the journal and the scheduler
     * @param clock the only source of time (tests pass a clock they move by hand)
     */
    public MockViewModel(List<Question> bank, MockPorts ports, Clock clock) {
        this.bank = List.copyOf(bank);
        this.ports = ports;
        this.clock = clock;
        for (Question q : this.bank) {
            byId.put(q.id(), q);
        }
        for (javafx.beans.Observable o : List.of(preset, customCount, customMinutes, pyqOnly, weakSpotsOnly,
                marksRight, marksWrong, marksBlank)) {
            o.addListener(x -> refreshPlan());
        }
        topics.addListener((SetChangeListener<Topic>) c -> refreshPlan());
        difficulties.addListener((SetChangeListener<Integer>) c -> refreshPlan());
        result.addListener(x -> refreshReview());
        reviewKind.addListener(x -> refreshReview());
        reviewTopic.addListener(x -> refreshReview());
        refreshPlan();
        refreshJournal();
    }

    // ---- setup ----

    public ObjectProperty<MockPreset> presetProperty() {
        return preset;
    }

    /** Questions in a custom test, as typed. */
    public StringProperty customCountProperty() {
        return customCount;
    }

    /** Minutes for a custom test, as typed. */
    public StringProperty customMinutesProperty() {
        return customMinutes;
    }

    /** Topics of a custom test; empty means all. */
    public ObservableSet<Topic> topics() {
        return topics;
    }

    /** Difficulties 1..3 of a custom test; empty means all. */
    public ObservableSet<Integer> difficulties() {
        return difficulties;
    }

    public BooleanProperty pyqOnlyProperty() {
        return pyqOnly;
    }

    public BooleanProperty weakSpotsOnlyProperty() {
        return weakSpotsOnly;
    }

    /** Marks for a right answer, as typed: {@code 2}, {@code 1.5} or {@code 2/3}. */
    public StringProperty marksRightProperty() {
        return marksRight;
    }

    public StringProperty marksWrongProperty() {
        return marksWrong;
    }

    public StringProperty marksBlankProperty() {
        return marksBlank;
    }

    /** What Start will give, e.g. "10 questions in 12:00 · marking +2 / -2/3 / 0". */
    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Why the test cannot start as set up; empty when it can. */
    public ReadOnlyStringProperty setupErrorProperty() {
        return setupError.getReadOnlyProperty();
    }

    /** The unfinished test to resume, or {@code null}. */
    public ReadOnlyObjectProperty<ResumeOffer> resumeOfferProperty() {
        return resumeOffer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MockHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Why the history could not be read from the journal; empty when it was. */
    public ReadOnlyStringProperty historyErrorProperty() {
        return historyError.getReadOnlyProperty();
    }

    /** Where the aspirant is, for dates in the history. */
    ZoneId zone() {
        return clock.getZone();
    }

    /** Starts a fresh test as set up (a new seed each time); does nothing but explain when it cannot. */
    public void start() {
        Optional<MockSpec> spec = spec(freshSeed());
        if (spec.isEmpty()) {
            return;
        }
        MockSelection selection = MockSelector.select(spec.get(), bank, weakIds(spec.get()));
        if (selection.isEmpty()) {
            setupError.set(NOTHING_MATCHES);
            return;
        }
        startSession(spec.get(), selection);
    }

    /** Continues the unfinished test; its clock restarts now, the time while closed is not counted. */
    public void resume() {
        ResumeOffer offer = resumeOffer.get();
        if (offer == null) {
            return;
        }
        Optional<String> missing = missingQuestion(offer.session().questionIds());
        if (missing.isPresent()) {
            setupError.set("Cannot resume: question '" + missing.get()
                    + "' of that test is no longer in the question bank. Discard it to start afresh.");
            return;
        }
        saved = offer.session();
        session.set(offer.session().tick(clock.instant()));
        warning.set("");
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

    // ---- taking ----

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** The test on screen (running or just submitted), or {@code null} before the first. */
    public ReadOnlyObjectProperty<MockSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The latest countdown warning ("10 minutes left"), empty when none is showing. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Why the last save failed; empty once a save succeeds. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public boolean running() {
        return screen.get() == Screen.TAKING && session.get() != null && !session.get().submitted();
    }

    /** The question on screen. */
    public ObjectiveQuestion currentQuestion() {
        return question(session.get().currentQuestionId());
    }

    /** A question of the bank that can appear in a test. */
    public ObjectiveQuestion question(String id) {
        Question q = byId.get(id);
        if (!(q instanceof ObjectiveQuestion)) {
            throw new IllegalArgumentException("mock test: question id '" + id + "' is not an objective question"
                    + " in the bank");
        }
        return (ObjectiveQuestion) q;
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
            finish();
        }
    }

    /** Hides the countdown warning. */
    public void dismissWarning() {
        warning.set("");
    }

    // ---- results ----

    /** The result on screen, or {@code null}. */
    public ReadOnlyObjectProperty<MockResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<ReviewKind> reviewKindProperty() {
        return reviewKind;
    }

    /** Only questions of this topic in the review; {@code null} for all. */
    public ObjectProperty<Topic> reviewTopicProperty() {
        return reviewTopic;
    }

    /** The review's rows after the filters. */
    public ObservableList<MockResult.QuestionRow> reviewRows() {
        return reviewRowsView;
    }

    /** A new test of just the questions answered wrong; nothing if none were. */
    public void retryWrong() {
        MockResult r = result.get();
        if (r == null) {
            return;
        }
        r.retryWrongSpec(freshSeed()).ifPresent(spec ->
                startSession(spec, MockSelector.select(spec, bank, Set.of())));
    }

    /** The same questions in the same order with the same time and marking. */
    public void retake() {
        MockResult r = result.get();
        if (r != null) {
            startSession(r.spec(), r.retakeSelection());
        }
    }

    /** Back to the setup screen. */
    public void newTest() {
        if (running()) {
            return;
        }
        refreshJournal();
        refreshPlan();
        screen.set(Screen.SETUP);
    }

    /** Shows the result of a past test from the history. */
    public void openPast(MockHistory.Entry entry) {
        result.set(entry.result());
        reviewKind.set(ReviewKind.ALL);
        reviewTopic.set(null);
        screen.set(Screen.RESULTS);
    }

    // ---- internals ----

    private static final String NOTHING_MATCHES =
            "No question in the bank matches these choices. Allow more topics or difficulties, or untick a filter.";

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
            finish();
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
            saveError.set("");
        } catch (UncheckedIOException e) {
            // The unsaved steps stay pending: the next save writes them all (eventsSince spans several steps).
            saveError.set("Your last answers are not saved yet: " + e.getMessage()
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

    private void finish() {
        MockResult r = MockResult.of(session.get(), byId);
        try {
            ports.feedReviews(r);
        } catch (UncheckedIOException e) {
            saveError.set("Your answers could not be added to daily review: " + e.getMessage());
        }
        warning.set("");
        result.set(r);
        reviewKind.set(ReviewKind.ALL);
        reviewTopic.set(null);
        refreshJournal();
        screen.set(Screen.RESULTS);
    }

    private void startSession(MockSpec spec, MockSelection selection) {
        Optional<String> missing = missingQuestion(selection.questionIds());
        if (missing.isPresent()) {
            String message = "Cannot start: question '" + missing.get() + "' is no longer in the question bank.";
            setupError.set(message);
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
        saved = started;
        session.set(started);
        resumeOffer.set(null);
        warning.set("");
        saveError.set("");
        screen.set(Screen.TAKING);
    }

    private boolean appendForSetup(List<ProgressEvent> events) {
        try {
            ports.append(events);
            setupError.set("");
            return true;
        } catch (UncheckedIOException e) {
            setupError.set("Could not save: " + e.getMessage());
            if (screen.get() == Screen.RESULTS) {
                saveError.set(setupError.get());
            }
            return false;
        }
    }

    private Optional<String> missingQuestion(List<String> ids) {
        return ids.stream().filter(id -> !(byId.get(id) instanceof ObjectiveQuestion)).findFirst();
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

    private Set<String> weakIds(MockSpec spec) {
        return spec.weakSpotsOnly() ? ports.weakSpotIds() : Set.of();
    }

    /** The spec as set up, or empty with {@link #setupErrorProperty()} saying why. */
    private Optional<MockSpec> spec(long seed) {
        try {
            MockPreset p = preset.get();
            MockSpec spec = p.isCustom()
                    ? MockSpec.custom(WholeNumbers.parse(customCount.get(), "Questions", 1, MAX_CUSTOM_COUNT),
                            Duration.ofMinutes(WholeNumbers.parse(customMinutes.get(), "Minutes", 1, MAX_CUSTOM_MINUTES)), seed)
                            .withTopics(topics)
                            .withDifficulties(difficulties)
                            .withPyqOnly(pyqOnly.get())
                            .withWeakSpotsOnly(weakSpotsOnly.get())
                    : MockSpec.of(p, seed);
            MockSpec withScheme = spec.withScheme(new MarkingScheme(
                    marks(marksRight.get(), "right answer"),
                    marks(marksWrong.get(), "wrong answer"),
                    marks(marksBlank.get(), "blank")));
            setupError.set("");
            return Optional.of(withScheme);
        } catch (IllegalArgumentException e) {
            setupError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void refreshPlan() {
        Optional<MockSpec> spec = spec(0);
        if (spec.isEmpty()) {
            plan.set("");
            return;
        }
        MockSelection selection = MockSelector.select(spec.get(), bank, weakIds(spec.get()));
        if (selection.isEmpty()) {
            plan.set("");
            setupError.set(bank.stream().anyMatch(q -> q instanceof ObjectiveQuestion) ? NOTHING_MATCHES
                    : "The question bank has no objective questions, so there is nothing to test yet.");
            return;
        }
        String shortOf = selection.size() < spec.get().count()
                ? " (only " + selection.size() + " of the " + spec.get().count() + " asked for are in the bank)"
                : "";
        plan.set(plural(selection.size(), "question") + " in " + TimeText.minutesSeconds(selection.duration()) + shortOf
                + " · marking " + spec.get().scheme().describe());
    }

    private void refreshJournal() {
        List<ProgressEvent> events = ports.mockEvents();
        try {
            resumeOffer.set(ResumeOffer.find(events).orElse(null));
            history.set(MockHistory.from(events, byId));
            historyError.set("");
        } catch (IllegalArgumentException e) {
            historyError.set("Past tests cannot be shown: " + e.getMessage());
        }
    }

    private void refreshReview() {
        MockResult r = result.get();
        if (r == null) {
            reviewRows.clear();
            return;
        }
        ReviewFilter filter = reviewKind.get().filter;
        Topic topic = reviewTopic.get();
        reviewRows.setAll(r.rows(topic == null ? filter : row -> filter.test(row) && row.topic() == topic));
    }

    private static Fraction marks(String text, String what) {
        try {
            // Accepts the typographic minus too, as printed in "−2/3".
            return Fraction.parse(text == null ? "" : text.replace('\u2212', '-'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Marks for a " + what + ": " + e.getMessage(), e);
        }
    }
}
