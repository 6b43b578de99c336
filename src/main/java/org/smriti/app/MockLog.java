package org.smriti.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.journal.SaveFailedException;

/**
 * The mock-test events of the journal, kept in memory for resume and history. Read once at start-up (only mock
 * lines are decoded); every new event is saved in the journal before it is added here.
 */
public final class MockLog {

    private final ProgressStore store;
    private final List<ProgressEvent> events;

    MockLog(ProgressStore store) throws IOException {
        this.store = store;
        this.events = new ArrayList<>(store.readEvents(MockEventCodecs.TYPES::contains));
    }

    public synchronized List<ProgressEvent> events() {
        return List.copyOf(events);
    }

    /** Saves the events (one fsync) and then remembers them. */
    public synchronized void append(List<? extends ProgressEvent> more) {
        if (more.isEmpty()) {
            return;
        }
        try {
            store.appendAll(more);
        } catch (SaveFailedException e) {
            throw new UncheckedIOException("Could not save the mock test in " + store.dataDir() + ": "
                    + e.getMessage(), e);
        }
        events.addAll(more);
    }
}
