package org.smriti.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;

/**
 * Cards of the bank falling due on each of the coming days, split into (re)learning and review cards. A card
 * already overdue counts on today; new and suspended cards are not due at all.
 *
 * @param days one entry per day, today first
 */
public record DueForecast(List<Day> days) {

    /** Days in the forecast chart. */
    public static final int DAYS = 30;

    public DueForecast {
        days = List.copyOf(days);
    }

    public record Day(LocalDate date, int learning, int review) {
        public int total() {
            return learning + review;
        }
    }

    public static DueForecast of(QuestionBank bank, ProgressState state, DayClock clock, Instant now, int dayCount) {
        LocalDate today = clock.dayOf(now);
        int[] learning = new int[dayCount];
        int[] review = new int[dayCount];
        for (Question q : bank.questions()) {
            CardProgress p = state.get(q.id()).orElse(CardProgress.NONE);
            if (p.suspended() || p.card().isEmpty() || p.card().get().state() == CardState.NEW) {
                continue;
            }
            Card card = p.card().get();
            long offset = Math.max(0, clock.daysBetween(now, card.due()));
            if (offset < dayCount) {
                if (card.state() == CardState.REVIEW) {
                    review[(int) offset]++;
                } else {
                    learning[(int) offset]++;
                }
            }
        }
        List<Day> days = new ArrayList<>(dayCount);
        for (int i = 0; i < dayCount; i++) {
            days.add(new Day(today.plusDays(i), learning[i], review[i]));
        }
        return new DueForecast(days);
    }

    public int total() {
        return days.stream().mapToInt(Day::total).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
