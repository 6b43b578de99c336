package org.smriti.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Preview;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.ReviewResult;
import org.smriti.core.fsrs.Scheduler;
import org.smriti.core.fsrs.SchedulerConfig;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.core.queue.DailyLimits;
import org.smriti.core.queue.DoneToday;
import org.smriti.core.queue.NewSiblings;
import org.smriti.core.queue.QueueFilter;
import org.smriti.core.queue.QueueItem;
import org.smriti.core.queue.QueueRequest;
import org.smriti.core.queue.StudyQueue;
import org.smriti.core.settings.Settings;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.Streaks;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.journal.SaveFailedException;

/**
 * What the screens ask of the study data: the day's queue, the scheduler's preview, answering (durable before
 * it returns), undo, bookmarks, suspension and reset. Combines the rules of {@code core} with the journal of
 * {@code data}; one instance per open data folder.
 */
public final class StudyService {

    private final ProgressStore store;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private volatile QuestionBank bank;
    private volatile Facts facts;
    private Settings schedulerSettings;
    private Scheduler scheduler;
    /** Today's queue and streaks worked out ahead for the first screen; see {@link #workOutAhead}. */
    private volatile Ahead<StudyQueue> queueAhead;
    private volatile Ahead<Streaks> streaksAhead;

    /** Something {@link #workOutAhead} found, and what it was found from. */
    private record Ahead<T>(T value, ProgressState state, QuestionBank bank, Settings settings, LocalDate day) {
        /** The value, if nothing it depends on changed since. */
        T ifStill(StudyService study) {
            return state == study.state() && bank == study.bank && settings == study.settings.get()
                    && day.equals(study.today()) ? value : null;
        }
    }

    /**
     * @param facts which questions are on the same fact (siblings), to keep them apart in a day
     */
    public StudyService(QuestionBank bank, Facts facts, ProgressStore store, Supplier<Settings> settings,
            Clock clock) {
        this.bank = bank;
        this.facts = facts;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public QuestionBank bank() {
        return bank;
    }

    /** Studies a changed bank from now on (the aspirant's own cards were added, edited or deleted). */
    public void replaceBank(QuestionBank newBank, Facts newFacts) {
        this.bank = newBank;
        this.facts = newFacts;
    }

    public ProgressState state() {
        return store.state();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The scheduler for the current settings; rebuilt only when they change. */
    public synchronized Scheduler scheduler() {
        Settings s = settings.get();
        Settings current = ExamMode.forScheduling(s, DayClock.of(clock.getZone(), s.rolloverHour()).dayOf(now()));
        if (!current.equals(schedulerSettings)) {
            scheduler = new Scheduler(SchedulerConfig.of(current, clock.getZone()));
            schedulerSettings = current;
        }
        return scheduler;
    }

    public DayClock dayClock() {
        return scheduler().config().dayClock();
    }

    public LocalDate today() {
        return dayClock().dayOf(now());
    }

    /** The card of a question now: its saved state, or a new card. */
    public Card card(String questionId) {
        return state().cardOrNew(questionId, now());
    }

    public CardProgress progress(String questionId) {
        return state().get(questionId).orElse(CardProgress.NONE);
    }

    /** Today's queue over the questions {@code include} accepts, narrowed by {@code filter}. */
    public StudyQueue queue(QueueFilter filter, Predicate<Question> include) {
        ProgressState state = state();
        Instant now = now();
        Instant dayStart = dayClock().startOf(today());
        List<QueueItem> items = new ArrayList<>();
        List<Question> questions = bank.questions();
        Card fresh = Card.newCard(now); // one for every card never studied: thousands of them with own cards
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (include.test(q)) {
                CardProgress p = state.get(q.id()).orElse(CardProgress.NONE);
                items.add(new QueueItem(q.id(), q.primaryTopic(), i, p.card().orElse(fresh), p.suspended(),
                        p.bookmarked(), facts.factOf(q.id())));
            }
        }
        items = NewSiblings.bury(items, NewSiblings.studiedSince(state, dayStart, facts::factOf));
        Settings limits = ExamMode.forLimits(settings.get(), bank, state, today());
        QueueRequest request = QueueRequest.daily(now, dayClock(), DailyLimits.of(limits),
                DoneToday.of(DoneToday.reviewsSince(state, dayStart))).withFilter(filter);
        return StudyQueue.build(items, request);
    }

    public StudyQueue dailyQueue() {
        Ahead<StudyQueue> worked = queueAhead;
        queueAhead = null;
        StudyQueue queue = worked == null ? null : worked.ifStill(this);
        return queue != null ? queue : queue(QueueFilter.all(), q -> true);
    }

    /**
     * Works out today's queue and streaks now, for the first {@link #dailyQueue} and {@link #streaks} to take if
     * nothing has changed by then: called while the data folder opens, off the UI thread, so Home's first frame
     * does not wait for them. Each is taken once; after that they are worked out when asked, as ever.
     */
    public void workOutAhead() {
        ProgressState state = state();
        QuestionBank studied = bank;
        Settings current = settings.get();
        LocalDate day = today();
        queueAhead = new Ahead<>(queue(QueueFilter.all(), q -> true), state, studied, current, day);
        streaksAhead = new Ahead<>(Streaks.of(state, dayClock(), now()), state, studied, current, day);
    }

    /** The queue after {@code answered}: the card leaves it, or comes back later as a learning card. */
    public StudyQueue advance(StudyQueue queue, String questionId, ReviewResult answered) {
        QuestionBank current = bank;
        Topic topic = current.byId(questionId).map(Question::primaryTopic).orElse(Topic.GENERAL);
        QueueItem item = new QueueItem(questionId, topic, current.indexOf(questionId), answered.after(), false, false,
                facts.factOf(questionId));
        return queue.answered(item, now());
    }

    /** A queue built on an earlier study day is rebuilt, as Anki does at the day's rollover. */
    public boolean isStale(StudyQueue queue) {
        return !queue.day().equals(today());
    }

    /** New cards started and review cards answered today, for the daily limits. */
    public DoneToday doneToday() {
        return DoneToday.of(DoneToday.reviewsSince(state(), dayClock().startOf(today())));
    }

    /** Every review answered today, whatever the card's state. */
    public int reviewsToday() {
        return DoneToday.reviewsSince(state(), dayClock().startOf(today())).size();
    }

    public Streaks streaks() {
        Ahead<Streaks> worked = streaksAhead;
        streaksAhead = null;
        Streaks streaks = worked == null ? null : worked.ifStill(this);
        return streaks != null ? streaks : Streaks.of(state(), dayClock(), now());
    }

    /** Cards already studied that fall due by the end of {@code day} and are not suspended. */
    public int dueBy(LocalDate day) {
        Instant end = dayClock().startOf(day.plusDays(1));
        int count = 0;
        for (CardProgress p : state().cards().values()) {
            if (!p.suspended() && p.card().isPresent() && p.card().get().due().isBefore(end)) {
                count++;
            }
        }
        return count;
    }

    public Preview preview(String questionId) {
        return scheduler().preview(questionId, card(questionId), now());
    }

    /**
     * Schedules the answer and saves it; when this returns the review survives a crash.
     *
     * @throws SaveFailedException if the disk refused it; nothing changed, the same answer can be retried
     */
    public ReviewResult answer(String questionId, Rating rating, long durationMillis) throws SaveFailedException {
        Instant now = now();
        ReviewResult result = scheduler().next(questionId, card(questionId), now, rating);
        store.append(new ReviewEvent(questionId, rating, now, durationMillis, result.before(), result.after()));
        return result;
    }

    /** Takes back an answer given with {@link #answer}: the card returns to its exact prior state. */
    public void undo(String questionId, ReviewResult answered) throws SaveFailedException {
        store.append(new UndoEvent(questionId, now(), answered.before()));
    }

    public void setBookmarked(String questionId, boolean on) throws SaveFailedException {
        store.append(new BookmarkEvent(questionId, on, now()));
    }

    public void setSuspended(String questionId, boolean on) throws SaveFailedException {
        store.append(new SuspendEvent(questionId, on, now()));
    }

    /** Forgets a card's schedule and history; the question becomes new again. */
    public void reset(String questionId) throws SaveFailedException {
        store.append(new ResetEvent(questionId, now()));
    }

    public boolean isLeech(String questionId) {
        return state().get(questionId).flatMap(CardProgress::card).map(Scheduler::isLeech).orElse(false);
    }

    public double retrievability(String questionId) {
        return scheduler().retrievability(card(questionId), now());
    }
}
