package org.smriti.core.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smriti.core.progress.ProgressEvent;

/** Rebuilds mock tests from the journal; other kinds of event are ignored. */
final class MockJournal {

    /** A replayed test and, if submitted, when. */
    record Entry(MockSession session, Instant submittedAt) {
    }

    private MockJournal() {
    }

    /** Every test started and not discarded, in the order started, as at its last save. */
    static List<Entry> replayAll(List<? extends ProgressEvent> journal) {
        Map<String, Entry> tests = new LinkedHashMap<>();
        for (ProgressEvent event : journal) {
            if (event instanceof MockStartedEvent e) {
                if (tests.put(e.testId(), new Entry(MockSession.apply(e), null)) != null) {
                    throw new IllegalArgumentException("journal: mock test " + e.testId() + " started twice");
                }
            } else if (event instanceof MockChangedEvent e) {
                tests.put(e.testId(), new Entry(started(tests, e.testId(), e).apply(e), null));
            } else if (event instanceof MockSubmittedEvent e) {
                tests.put(e.testId(), new Entry(started(tests, e.testId(), e).apply(e), e.at()));
            } else if (event instanceof MockDiscardedEvent e) {
                started(tests, e.testId(), e);
                tests.remove(e.testId());
            }
        }
        return new ArrayList<>(tests.values());
    }

    private static MockSession started(Map<String, Entry> tests, String testId, ProgressEvent event) {
        Entry entry = tests.get(testId);
        if (entry == null) {
            throw new IllegalArgumentException("journal: " + event.getClass().getSimpleName() + " at " + event.at()
                    + " for mock test " + testId + ", which was never started (or was discarded)");
        }
        return entry.session();
    }
}
