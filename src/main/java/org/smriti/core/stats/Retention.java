package org.smriti.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;

/**
 * True retention, as Anki's "True Retention" counts it: among reviews of cards in the review phase (learning
 * steps and relearning steps left out), the share not answered Again, separately for young and mature cards.
 *
 * <p>Maturity: Anki calls a review mature when the card's interval was 21 days or more. The journal's
 * {@link ReviewRecord} keeps no interval, so the interval is taken as the study days elapsed since the card's
 * previous review — equal to the scheduled interval for a review made on time, longer for an overdue one.
 *
 * @param rows one row per period: week, month, all time
 */
public record Retention(List<Row> rows) {

    /** The interval, in days, from which a card counts as mature. */
    public static final int MATURE_DAYS = 21;

    public Retention {
        rows = List.copyOf(rows);
    }

    /** How far back a row looks, in study days including today; all time has no limit. */
    public enum Period {
        WEEK("This week", 7), MONTH("This month", 30), ALL_TIME("All time", 0);

        private final String label;
        private final int days;

        Period(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }

        /** Whether a review on {@code day} falls in this period ending {@code today}. */
        boolean covers(LocalDate day, LocalDate today) {
            return days == 0 || !day.isBefore(today.minusDays(days - 1L));
        }
    }

    public record Row(Period period, Rate young, Rate mature) {
        public Rate all() {
            return young.plus(mature);
        }
    }

    public static Retention of(ProgressState state, DayClock clock, Instant now) {
        LocalDate today = clock.dayOf(now);
        Period[] periods = Period.values();
        Rate[] young = new Rate[periods.length];
        Rate[] mature = new Rate[periods.length];
        Arrays.fill(young, Rate.NONE);
        Arrays.fill(mature, Rate.NONE);
        for (CardProgress p : state.cards().values()) {
            ReviewRecord previous = null;
            for (ReviewRecord r : p.history()) {
                if (r.stateBefore() == CardState.REVIEW && previous != null) {
                    LocalDate day = clock.dayOf(r.at());
                    boolean isMature = clock.daysBetween(previous.at(), r.at()) >= MATURE_DAYS;
                    for (int i = 0; i < periods.length; i++) {
                        if (periods[i].covers(day, today)) {
                            if (isMature) {
                                mature[i] = mature[i].add(r.passed());
                            } else {
                                young[i] = young[i].add(r.passed());
                            }
                        }
                    }
                }
                previous = r;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            rows.add(new Row(periods[i], young[i], mature[i]));
        }
        return new Retention(rows);
    }

    public Optional<Row> row(Period period) {
        return rows.stream().filter(r -> r.period() == period).findFirst();
    }

    /** True when no review-phase review was ever made. */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.all().total() == 0);
    }
}
