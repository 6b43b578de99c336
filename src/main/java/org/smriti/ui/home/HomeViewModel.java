package org.smriti.ui.home;

import static org.smriti.core.text.Words.plural;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.mock.MockResult;
import org.smriti.core.queue.QueueCounts;
import org.smriti.core.queue.StudyQueue;
import org.smriti.core.settings.Settings;
import org.smriti.core.stats.Streaks;
import org.smriti.study.StudyService;
import org.smriti.ui.common.DueAgainText;
import org.smriti.ui.common.MockScores;

/** Today at a glance: what is left, what was done, the streak, the exam countdown and the last mock score. */
public final class HomeViewModel {

    private final StudyService study;
    private final ObjectProperty<Settings> settings;
    private final Supplier<Optional<MockResult>> lastMockResult;
    private final ReadOnlyIntegerWrapper newLeft = new ReadOnlyIntegerWrapper(this, "newLeft");
    private final ReadOnlyIntegerWrapper learningLeft = new ReadOnlyIntegerWrapper(this, "learningLeft");
    private final ReadOnlyIntegerWrapper reviewLeft = new ReadOnlyIntegerWrapper(this, "reviewLeft");
    private final ReadOnlyIntegerWrapper doneToday = new ReadOnlyIntegerWrapper(this, "doneToday");
    private final ReadOnlyStringWrapper streak = new ReadOnlyStringWrapper(this, "streak", "");
    private final ReadOnlyStringWrapper examCountdown = new ReadOnlyStringWrapper(this, "examCountdown", "");
    private final ReadOnlyStringWrapper lastMock = new ReadOnlyStringWrapper(this, "lastMock", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private StudyQueue today;
    private QueueCounts counts;

    /** @param lastMockResult the last submitted mock test, if any was taken */
    public HomeViewModel(StudyService study, ObjectProperty<Settings> settings,
            Supplier<Optional<MockResult>> lastMockResult) {
        this.study = study;
        this.settings = settings;
        this.lastMockResult = lastMockResult;
        refresh();
        settings.addListener((obs, old, now) -> refresh());
    }

    /** Refreshes the counts when time has changed them: a learning card fell due, or a new study day began. */
    public void tick() {
        if (today == null || study.isStale(today) || !today.counts(study.now()).equals(counts)) {
            refresh();
        }
    }

    public void refresh() {
        today = study.dailyQueue();
        counts = today.counts(study.now());
        QueueCounts queue = counts;
        newLeft.set(queue.newCount());
        learningLeft.set(queue.learningCount());
        reviewLeft.set(queue.reviewCount());
        doneToday.set(study.reviewsToday());
        Settings s = settings.get();
        if (s.showStreak()) {
            Streaks st = study.streaks();
            streak.set(st.current() == 0 ? "No streak yet — today can be day 1."
                    : plural(st.current(), "day") + " in a row (longest " + st.longest() + ")");
        } else {
            streak.set("");
        }
        examCountdown.set(countdown(s.examDate(), study.today()));
        lastMock.set(lastMockResult.get().map(r -> "Last mock test: " + MockScores.score(r)).orElse(""));
        String later = DueAgainText.of(queue, study.dayClock().zone());
        headline.set(!queue.isEmpty() ? plural(queue.total(), "card") + " to revise today"
                : !later.isEmpty() ? "All done for now: " + later + "."
                : doneToday.get() > 0 ? "All done for today. Well revised!" : "Nothing is due today.");
    }

    static String countdown(LocalDate exam, LocalDate today) {
        if (exam == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, exam);
        if (days > 1) {
            return days + " days to your exam (" + exam + ")";
        }
        if (days == 1) {
            return "Your exam is tomorrow (" + exam + ")";
        }
        if (days == 0) {
            return "Your exam is today. All the best!";
        }
        return "Your exam date (" + exam + ") has passed — set the next one in Settings.";
    }

    public boolean hasWork() {
        return newLeft.get() + learningLeft.get() + reviewLeft.get() > 0;
    }

    public ReadOnlyIntegerProperty newLeftProperty() {
        return newLeft.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty learningLeftProperty() {
        return learningLeft.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewLeftProperty() {
        return reviewLeft.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneTodayProperty() {
        return doneToday.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty streakProperty() {
        return streak.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty examCountdownProperty() {
        return examCountdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastMockProperty() {
        return lastMock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
