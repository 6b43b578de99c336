package org.smriti.ui.mock;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smriti.core.mock.MockResult;
import org.smriti.core.progress.ProgressEvent;

/**
 * A journal in a list, shared by every view model built on it: "a fresh app instance on the same data dir"
 * is a new view model over the same ports. Can be told to fail saving, and records what was fed to review.
 */
final class InMemoryMockPorts implements MockPorts {

    final List<ProgressEvent> journal = new ArrayList<>();
    final List<Integer> appendSizes = new ArrayList<>();
    final List<MockResult> fed = new ArrayList<>();
    final Set<String> weakSpots = new HashSet<>();
    /** When set, the next appends throw it. */
    UncheckedIOException failure;

    @Override
    public List<ProgressEvent> mockEvents() {
        return List.copyOf(journal);
    }

    @Override
    public void append(List<? extends ProgressEvent> events) {
        if (failure != null) {
            throw failure;
        }
        journal.addAll(events);
        appendSizes.add(events.size());
    }

    @Override
    public Set<String> weakSpotIds() {
        return Set.copyOf(weakSpots);
    }

    @Override
    public void feedReviews(MockResult result) {
        fed.add(result);
    }

    int appends() {
        return appendSizes.size();
    }
}
