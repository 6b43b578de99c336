package org.smriti.core.stats;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.settings.Settings;

/**
 * Exam mode, as the date nears: desired retention rises and enough new cards are introduced each day for every
 * card to be seen at least once before the exam.
 *
 * <p>The retention rule: the aspirant's setting until {@link #RAMP_DAYS} days before the exam, then a straight
 * line up to {@link #EXAM_RETENTION} on the exam day; a setting already above that is kept.
 */
public final class ExamMode {

    public static final int RAMP_DAYS = 30;
    public static final double EXAM_RETENTION = 0.95;

    private ExamMode() {
    }

    /** The desired retention to schedule with on {@code today}; the setting itself with no exam date. */
    public static double retentionFor(Settings settings, LocalDate today) {
        double base = settings.desiredRetention();
        LocalDate exam = settings.examDate();
        if (exam == null || base >= EXAM_RETENTION) {
            return base;
        }
        long daysLeft = exam.toEpochDay() - today.toEpochDay();
        if (daysLeft >= RAMP_DAYS || daysLeft < 0) {
            return base;
        }
        return base + (EXAM_RETENTION - base) * (RAMP_DAYS - daysLeft) / RAMP_DAYS;
    }

    /**
     * Cards still to be seen before the exam and the days left to see them.
     *
     * @param cards      cards of the bank never reviewed, suspended ones left out (the aspirant chose to skip them)
     * @param studyDays  study days before the exam day, today included
     */
    public record Unseen(int cards, long studyDays) {

        /** New cards a day needed to see them all in time; empty when no study day is left. */
        public OptionalInt newPerDay() {
            if (cards == 0) {
                return OptionalInt.of(0);
            }
            return studyDays <= 0 ? OptionalInt.empty() : OptionalInt.of((int) ((cards + studyDays - 1) / studyDays));
        }
    }

    public static Unseen unseenBeforeExam(QuestionBank bank, ProgressState state, LocalDate today,
                                          LocalDate examDate) {
        int cards = 0;
        for (Question q : bank.questions()) {
            CardProgress p = state.get(q.id()).orElse(CardProgress.NONE);
            if (p.card().isEmpty() && !p.suspended()) {
                cards++;
            }
        }
        return new Unseen(cards, examDate.toEpochDay() - today.toEpochDay());
    }

    /** The settings scheduling runs on: in exam mode, desired retention rises as the exam nears. */
    public static Settings forScheduling(Settings settings, LocalDate today) {
        if (!settings.examMode() || settings.examDate() == null) {
            return settings;
        }
        return settings.toBuilder().desiredRetention(retentionFor(settings, today)).build();
    }

    /** The daily limits' settings: in exam mode, enough new cards a day to see every card before the exam. */
    public static Settings forLimits(Settings settings, QuestionBank bank, ProgressState state, LocalDate today) {
        if (!settings.examMode() || settings.examDate() == null) {
            return settings;
        }
        Unseen unseen = unseenBeforeExam(bank, state, today, settings.examDate());
        return settings.toBuilder().newPerDay(newPerDayFor(settings, unseen)).build();
    }

    /** New cards a day in exam mode: the setting, raised when it would leave cards unseen on the exam day. */
    public static int newPerDayFor(Settings settings, Unseen unseen) {
        return Math.max(settings.newPerDay(), unseen.newPerDay().orElse(unseen.cards()));
    }
}
