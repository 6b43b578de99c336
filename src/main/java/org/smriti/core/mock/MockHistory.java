package org.smriti.core.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.Question;
import org.smriti.core.question.Topic;

/**
 * Every submitted test, oldest first, with its result: for the history list, the score-over-time chart and the
 * per-topic accuracy trends.
 */
public record MockHistory(List<Entry> tests) {

    public MockHistory {
        tests = List.copyOf(tests);
    }

    /** One submitted test. */
    public record Entry(MockResult result, Instant submittedAt) {
        public Entry {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /** One point of a trend chart. */
    public record Point(Instant at, double percent) {
    }

    /**
     * @param journal       the progress journal; events other than mock-test ones are ignored
     * @param questionsById the bank
     */
    public static MockHistory from(List<? extends ProgressEvent> journal, Map<String, ? extends Question> questionsById) {
        List<Entry> tests = new ArrayList<>();
        for (MockJournal.Entry e : MockJournal.replayAll(journal)) {
            if (e.session().submitted()) {
                tests.add(new Entry(MockResult.of(e.session(), questionsById), e.submittedAt()));
            }
        }
        tests.sort((a, b) -> a.submittedAt().compareTo(b.submittedAt()));
        return new MockHistory(tests);
    }

    /** Score % of each test, by submission time. */
    public List<Point> scoreTrend() {
        List<Point> points = new ArrayList<>();
        for (Entry e : tests) {
            points.add(new Point(e.submittedAt(), e.result().scorePercent()));
        }
        return points;
    }

    /** Accuracy % on {@code topic} in each test that attempted a question of it. */
    public List<Point> topicTrend(Topic topic) {
        List<Point> points = new ArrayList<>();
        for (Entry e : tests) {
            for (MockResult.TopicRow row : e.result().topics()) {
                if (row.topic() == topic) {
                    row.accuracy().ifPresent(a -> points.add(new Point(e.submittedAt(), 100 * a)));
                }
            }
        }
        return points;
    }

    /** Questions answered wrong in any test: part of the aspirant's weak spots for a custom test. */
    public Set<String> wronglyAnsweredIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : tests) {
            ids.addAll(e.result().wrongIds());
        }
        return ids;
    }
}
