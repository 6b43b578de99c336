package org.smriti.data.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
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
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Facts;
import org.smriti.core.queue.DailyLimits;
import org.smriti.core.queue.DailyQueue;
import org.smriti.core.queue.DoneToday;
import org.smriti.core.queue.QueueFilter;
import org.smriti.core.queue.QueueItem;
import org.smriti.core.queue.QueueRequest;
import org.smriti.core.settings.Settings;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.Streaks;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.journal.SaveFailedException;

/**
 * What the screens ask of the study data: the day's queue, the scheduler's preview, answering (durable before
 * it returns), undo, bookmarks, suspension and reset. One instance per open data folder.
 */
public final class StudyService {

    private final QuestionBank bank;
    private final Facts facts;
    private final ProgressStore store;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private Settings schedulerSettings;
    private Scheduler scheduler;

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

    public ProgressState state() {
        return store.state();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The scheduler for the current settings; rebuilt only when they change. */
    public synchronized Scheduler scheduler() {
        Settings current = schedulingSettings();
        if (!current.equals(schedulerSettings)) {
            scheduler = new Scheduler(SchedulerConfig.of(current, FsrsParameters.defaults(), clock.getZone()));
            schedulerSettings = current;
        }
        return scheduler;
    }

    /** The settings scheduling runs on: in exam mode, desired retention rises as the exam nears. */
    private Settings schedulingSettings() {
        Settings s = settings.get();
        if (!s.examMode() || s.examDate() == null) {
            return s;
        }
        LocalDate today = DayClock.of(clock.getZone(), s.rolloverHour()).dayOf(now());
        return s.toBuilder().desiredRetention(ExamMode.retentionFor(s, today)).build();
    }

    /** The daily limits' settings: in exam mode, enough new cards a day to see every card before the exam. */
    private Settings limitSettings(ProgressState state) {
        Settings s = settings.get();
        if (!s.examMode() || s.examDate() == null) {
            return s;
        }
        ExamMode.Unseen unseen = ExamMode.unseenBeforeExam(bank, state, today(), s.examDate());
        return s.toBuilder().newPerDay(ExamMode.newPerDayFor(s, unseen)).build();
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

    /**
     * Today's queue over the questions {@code include} accepts, narrowed by {@code filter}.
     *
     * <p>New siblings are buried until tomorrow, as Anki does: questions on the same fact would give each other
     * away, so a new card waits if a sibling was studied today, and only one new card of a fact is shown a day.
     */
    public DailyQueue queue(QueueFilter filter, Predicate<Question> include) {
        ProgressState state = state();
        Instant now = now();
        Set<String> factsSeenToday = factsStudiedToday(state);
        Map<String, List<String>> newByFact = new HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        List<Question> questions = bank.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!include.test(q)) {
                continue;
            }
            CardProgress p = state.get(q.id()).orElse(CardProgress.NONE);
            Card card = p.cardOrNew(now);
            if (card.state() == CardState.NEW && !p.suspended()) {
                String fact = facts.factOf(q.id());
                if (factsSeenToday.contains(fact)) {
                    continue;
                }
                newByFact.computeIfAbsent(fact, k -> new ArrayList<>()).add(q.id());
            }
            items.add(new QueueItem(q.id(), q.primaryTopic(), i, card, p.suspended(), p.bookmarked()));
        }
        Set<String> buried = new HashSet<>();
        for (Map.Entry<String, List<String>> group : newByFact.entrySet()) {
            List<String> ids = group.getValue();
            // A stable pick per fact, so the first card of a fact is sometimes the flashcard, sometimes the MCQ.
            String keep = ids.get(Math.floorMod(group.getKey().hashCode(), ids.size()));
            ids.stream().filter(id -> !id.equals(keep)).forEach(buried::add);
        }
        items.removeIf(item -> buried.contains(item.questionId()));
        QueueRequest request = QueueRequest.daily(now, dayClock(), DailyLimits.of(limitSettings(state)), doneToday())
                .withFilter(filter);
        return DailyQueue.build(items, request);
    }

    private Set<String> factsStudiedToday(ProgressState state) {
        Instant dayStart = dayClock().startOf(today());
        Set<String> studied = new HashSet<>();
        for (Map.Entry<String, CardProgress> e : state.cards().entrySet()) {
            Optional<ReviewRecord> last = e.getValue().lastReview();
            if (last.isPresent() && !last.get().at().isBefore(dayStart)) {
                studied.add(facts.factOf(e.getKey()));
            }
        }
        return studied;
    }

    public DailyQueue dailyQueue() {
        return queue(QueueFilter.all(), q -> true);
    }

    /** New cards started and review cards answered today, for the daily limits. */
    public DoneToday doneToday() {
        int fresh = 0;
        int reviews = 0;
        for (ReviewRecord r : reviewsOfToday(state())) {
            if (r.stateBefore() == CardState.NEW) {
                fresh++;
            } else if (r.stateBefore() == CardState.REVIEW) {
                reviews++;
            }
        }
        return new DoneToday(fresh, reviews);
    }

    /** Every review answered today, whatever the card's state. */
    public int reviewsToday() {
        return reviewsOfToday(state()).size();
    }

    /**
     * Today's reviews. Runs on every answer (the queue needs it), so a card's history is only walked when its
     * last review is from today: the cost follows today's work, not a year of history.
     */
    private List<ReviewRecord> reviewsOfToday(ProgressState state) {
        Instant dayStart = dayClock().startOf(today());
        List<ReviewRecord> today = new ArrayList<>();
        for (CardProgress p : state.cards().values()) {
            Optional<ReviewRecord> last = p.lastReview();
            if (last.isEmpty() || last.get().at().isBefore(dayStart)) {
                continue;
            }
            List<ReviewRecord> history = p.history();
            for (int i = history.size() - 1; i >= 0 && !history.get(i).at().isBefore(dayStart); i--) {
                today.add(history.get(i));
            }
        }
        return today;
    }

    public Streaks streaks() {
        DayClock days = dayClock();
        Set<LocalDate> studied = new HashSet<>();
        for (CardProgress p : state().cards().values()) {
            for (ReviewRecord r : p.history()) {
                studied.add(days.dayOf(r.at()));
            }
        }
        return Streaks.of(studied, days.dayOf(now()));
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
