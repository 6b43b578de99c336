package org.smriti.core.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.smriti.core.progress.ProgressEvent;

/**
 * A mock test in progress (or submitted), as an immutable value: every action returns a new session.
 *
 * <p>Time: {@link #tick(Instant)} (or {@link #elapse(Duration)}) credits the time since the last tick to the
 * question on screen and takes it off the countdown; at zero the test is submitted automatically. Call
 * {@code tick(now)} before each action so its time goes to the question it was spent on. A session
 * {@link #paused() paused} or {@link #replay replayed} has no last tick: its next tick only restarts the
 * clock, so time while the app was closed is never counted.
 *
 * <p>Journal: append {@code next.eventsSince(lastSaved, now)} after each action; after plain ticks it may be
 * done less often (a checkpoint every few seconds), since only the time changes. Whatever was saved last is
 * what {@link #unfinished} gives back.
 *
 * @param currentIndex    the question on screen (0-based)
 * @param remainingMillis time left on the countdown
 * @param lastTick        instant of the last tick, {@code null} while the clock is stopped
 */
public record MockSession(
        String testId,
        MockSpec spec,
        Instant startedAt,
        List<String> questionIds,
        List<QuestionState> states,
        int currentIndex,
        Duration duration,
        long remainingMillis,
        boolean submitted,
        boolean autoSubmitted,
        Instant lastTick) {

    public MockSession {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        questionIds = List.copyOf(questionIds);
        states = List.copyOf(states);
        if (questionIds.isEmpty()) {
            throw new IllegalArgumentException("mock test " + testId + ": no questions");
        }
        if (states.size() != questionIds.size()) {
            throw new IllegalArgumentException("mock test " + testId + ": " + states.size() + " answer states for "
                    + questionIds.size() + " questions");
        }
        checkIndex(testId, "currentIndex", currentIndex, questionIds.size());
        if (!states.get(currentIndex).visited()) {
            throw new IllegalArgumentException("mock test " + testId + ": question " + currentIndex
                    + " is on screen but not marked visited");
        }
        if (autoSubmitted && !submitted) {
            throw new IllegalArgumentException("mock test " + testId + ": auto-submitted but not submitted");
        }
        if (remainingMillis < 0 || remainingMillis > duration.toMillis()) {
            throw new IllegalArgumentException("mock test " + testId + ": remaining time " + remainingMillis
                    + " ms is outside 0.." + duration.toMillis());
        }
    }

    /** A new test, its first question on screen and the clock running from {@code at}. */
    public static MockSession start(String testId, MockSpec spec, MockSelection selection, Instant at) {
        List<QuestionState> states = new ArrayList<>(Collections.nCopies(selection.size(), QuestionState.UNSEEN));
        if (!states.isEmpty()) {
            states.set(0, QuestionState.UNSEEN.visit());
        }
        return new MockSession(testId, spec, at, selection.questionIds(), states, 0, selection.duration(),
                selection.duration().toMillis(), false, false, at);
    }

    // ---- actions ----

    /** Chooses option 0..3 for the question on screen; the answer is saved at once. */
    public MockSession select(int option) {
        if (option < 0 || option >= QuestionState.OPTIONS) {
            throw new IllegalArgumentException("mock test " + testId + ": option must be 0..3, got " + option);
        }
        return withCurrent(current().withSelected(option));
    }

    /** Clear Response: removes the answer; a review mark stays. */
    public MockSession clear() {
        return withCurrent(current().withSelected(QuestionState.NONE));
    }

    /** Save &amp; Next: keeps the answer, removes any review mark, shows the next question (stays on the last). */
    public MockSession saveAndNext() {
        return withCurrent(current().withMarked(false)).moveTo(Math.min(currentIndex + 1, size() - 1));
    }

    /** Mark for Review &amp; Next: marks the question (answered or not) and shows the next one. */
    public MockSession markAndNext() {
        return withCurrent(current().withMarked(true)).moveTo(Math.min(currentIndex + 1, size() - 1));
    }

    /** Previous: shows the question before (stays on the first). */
    public MockSession previous() {
        requireInProgress();
        return moveTo(Math.max(currentIndex - 1, 0));
    }

    /** A click on the palette. */
    public MockSession jumpTo(int index) {
        requireInProgress();
        checkIndex(testId, "question index", index, size());
        return moveTo(index);
    }

    /** Submit (after the aspirant confirmed). */
    public MockSession submit() {
        requireInProgress();
        return new MockSession(testId, spec, startedAt, questionIds, states, currentIndex, duration, remainingMillis,
                true, false, lastTick);
    }

    // ---- time ----

    /**
     * Credits {@code elapsed} to the question on screen and takes it off the countdown; when the countdown
     * reaches zero the test is submitted automatically. No effect once submitted.
     */
    public MockSession elapse(Duration elapsed) {
        long millis = elapsed.toMillis();
        if (submitted || millis <= 0) {
            return this;
        }
        long used = Math.min(millis, remainingMillis);
        List<QuestionState> next = new ArrayList<>(states);
        next.set(currentIndex, current().plusTime(used));
        long remaining = remainingMillis - used;
        return new MockSession(testId, spec, startedAt, questionIds, next, currentIndex, duration, remaining,
                remaining == 0, remaining == 0, lastTick);
    }

    /** Elapses the time since the last tick (none if the clock was stopped, or went backwards). */
    public MockSession tick(Instant now) {
        if (submitted) {
            return this;
        }
        MockSession counted = lastTick == null || now.isBefore(lastTick)
                ? this
                : elapse(Duration.between(lastTick, now));
        return counted.withLastTick(now);
    }

    /** The same session with the clock stopped; its next tick restarts the clock without counting the gap. */
    public MockSession paused() {
        return withLastTick(null);
    }

    // ---- what the screen shows ----

    public int size() {
        return questionIds.size();
    }

    public String currentQuestionId() {
        return questionIds.get(currentIndex);
    }

    public QuestionState current() {
        return states.get(currentIndex);
    }

    public PaletteState paletteState(int index) {
        return states.get(index).paletteState();
    }

    /** How many questions are in each palette state, every state present (for the submit confirmation). */
    public Map<PaletteState, Integer> paletteCounts() {
        Map<PaletteState, Integer> counts = new EnumMap<>(PaletteState.class);
        for (PaletteState p : PaletteState.values()) {
            counts.put(p, 0);
        }
        for (QuestionState s : states) {
            counts.merge(s.paletteState(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Questions that will be evaluated: answered, marked or not. */
    public int answeredCount() {
        return (int) states.stream().filter(QuestionState::answered).count();
    }

    public Duration remaining() {
        return Duration.ofMillis(remainingMillis);
    }

    public Duration timeUsed() {
        return duration.minusMillis(remainingMillis);
    }

    /**
     * The warnings whose threshold the countdown has reached. A threshold at or above the whole test's time
     * never counts (a 5-minute test gets no 10-minute warning).
     */
    public Set<TimeWarning> warningsCrossed() {
        Set<TimeWarning> crossed = EnumSet.noneOf(TimeWarning.class);
        for (TimeWarning w : TimeWarning.values()) {
            long threshold = w.threshold().toMillis();
            if (duration.toMillis() > threshold && remainingMillis <= threshold) {
                crossed.add(w);
            }
        }
        return crossed;
    }

    /** The warnings to show now: crossed in this session but not in {@code before}. */
    public Set<TimeWarning> warningsSince(MockSession before) {
        Set<TimeWarning> fresh = EnumSet.noneOf(TimeWarning.class);
        fresh.addAll(warningsCrossed());
        fresh.removeAll(before.warningsCrossed());
        return fresh;
    }

    // ---- journal ----

    public MockStartedEvent startedEvent() {
        return new MockStartedEvent(testId, startedAt, spec, questionIds, duration);
    }

    /**
     * The events that save the step from {@code before} to this session: a {@link MockChangedEvent} for each
     * question whose saved state changed (after one action, only the question that was on screen; a question
     * merely shown for the first time needs none, replay derives it from the current index), or one for the
     * question that was on screen if only the position or the countdown moved; then a
     * {@link MockSubmittedEvent} if this step submitted the test. Several steps may be saved at once:
     * replaying the events always gives this session.
     */
    public List<ProgressEvent> eventsSince(MockSession before, Instant at) {
        if (!before.testId.equals(testId) || before.size() != size()) {
            throw new IllegalArgumentException("mock test " + testId + ": cannot save a step from test "
                    + before.testId);
        }
        List<ProgressEvent> events = new ArrayList<>(2);
        for (int i = 0; i < size(); i++) {
            QuestionState was = before.states.get(i);
            QuestionState now = states.get(i);
            boolean onlyNewlyShown = i == currentIndex && now.equals(was.visit());
            if (!now.equals(was) && !onlyNewlyShown) {
                events.add(snapshot(i, at));
            }
        }
        if (events.isEmpty()
                && (currentIndex != before.currentIndex || remainingMillis != before.remainingMillis)) {
            events.add(snapshot(before.currentIndex, at));
        }
        if (submitted && !before.submitted) {
            events.add(new MockSubmittedEvent(testId, at, autoSubmitted));
        }
        return events;
    }

    /** The most recently started test that was neither submitted nor discarded, as at its last save. */
    public static Optional<MockSession> unfinished(List<? extends ProgressEvent> journal) {
        MockSession last = null;
        for (MockJournal.Entry e : MockJournal.replayAll(journal)) {
            if (!e.session().submitted) {
                last = e.session();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Test {@code testId} as at its last save (submitted or not); empty if it never started or was discarded. */
    public static Optional<MockSession> replay(String testId, List<? extends ProgressEvent> journal) {
        return MockJournal.replayAll(journal).stream()
                .map(MockJournal.Entry::session)
                .filter(s -> s.testId.equals(testId))
                .findFirst();
    }

    // ---- internals ----

    MockChangedEvent snapshot(int index, Instant at) {
        QuestionState s = states.get(index);
        return new MockChangedEvent(testId, at, index, s.selected(), s.marked(), s.visited(), s.timeMillis(),
                currentIndex, remainingMillis);
    }

    /** Applies a saved change (replay). */
    MockSession apply(MockChangedEvent e) {
        if (submitted) {
            throw new IllegalArgumentException("mock test " + testId + ": change at " + e.at()
                    + " after the test was submitted");
        }
        checkIndex(testId, "questionIndex", e.questionIndex(), size());
        checkIndex(testId, "currentIndex", e.currentIndex(), size());
        List<QuestionState> next = new ArrayList<>(states);
        next.set(e.questionIndex(), e.questionState());
        next.set(e.currentIndex(), next.get(e.currentIndex()).visit());
        return new MockSession(testId, spec, startedAt, questionIds, next, e.currentIndex(), duration,
                e.remainingMillis(), false, false, null);
    }

    MockSession apply(MockSubmittedEvent e) {
        return new MockSession(testId, spec, startedAt, questionIds, states, currentIndex, duration, remainingMillis,
                true, e.autoSubmitted(), null);
    }

    static MockSession apply(MockStartedEvent e) {
        return start(e.testId(), e.spec(), new MockSelection(e.questionIds(), e.duration()), e.at()).paused();
    }

    private MockSession withCurrent(QuestionState state) {
        requireInProgress();
        List<QuestionState> next = new ArrayList<>(states);
        next.set(currentIndex, state);
        return new MockSession(testId, spec, startedAt, questionIds, next, currentIndex, duration, remainingMillis,
                false, false, lastTick);
    }

    private MockSession moveTo(int index) {
        List<QuestionState> next = new ArrayList<>(states);
        next.set(index, next.get(index).visit());
        return new MockSession(testId, spec, startedAt, questionIds, next, index, duration, remainingMillis,
                false, false, lastTick);
    }

    private MockSession withLastTick(Instant value) {
        return new MockSession(testId, spec, startedAt, questionIds, states, currentIndex, duration, remainingMillis,
                submitted, autoSubmitted, value);
    }

    private void requireInProgress() {
        if (submitted) {
            throw new IllegalStateException("mock test " + testId + " is already submitted");
        }
    }

    private static void checkIndex(String testId, String field, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("mock test " + testId + ": " + field + " " + index
                    + " is outside 0.." + (size - 1));
        }
    }
}
