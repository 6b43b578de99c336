package org.smriti.ui.stats;

import java.util.List;
import java.util.Optional;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.stats.DueForecast;
import org.smriti.core.stats.ExamMode;
import org.smriti.core.stats.ExamPlan;
import org.smriti.core.stats.Retention;
import org.smriti.core.stats.ReviewCalendar;
import org.smriti.core.stats.TimePerDay;
import org.smriti.core.stats.TopicMastery;

/**
 * Every figure the Stats screen shows, computed at one instant.
 *
 * @param clock         how instants map to study days for these figures
 * @param mockProblem   why the mock history could not be read (e.g. a pack with its questions was removed);
 *                      the mock figures are then left out rather than guessed
 * @param exam          the exam-day prediction; empty without an exam date
 * @param unseen        cards still to be seen before the exam; empty without an exam date
 * @param examRetention desired retention today under exam mode
 * @param examNewPerDay new cards a day under exam mode
 */
public record StatsReport(DayClock clock, ReviewCalendar calendar, DueForecast forecast, Retention retention,
                          TopicMastery mastery, List<MockHistory.Point> mockTrend, Optional<String> mockProblem,
                          TimePerDay time, Optional<ExamPlan> exam, Optional<ExamMode.Unseen> unseen,
                          double examRetention, int examNewPerDay) {
}
