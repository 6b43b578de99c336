package org.smriti.app;

import java.io.UncheckedIOException;
import java.util.List;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.journal.SaveFailedException;

/**
 * The mock-test events of the journal, for resume and history. The store keeps them in memory from its open on
 * (see {@link ProgressStore#otherEvents}); every new event is saved in the journal before it is seen here.
 */
public final class MockLog {

    private final ProgressStore store;

    MockLog(ProgressStore store) {
        this.store = store;
    }

    public List<ProgressEvent> events() {
        return store.otherEvents(MockEventCodecs.TYPES::contains);
    }

    /** Saves the events (one fsync). */
    public void append(List<? extends ProgressEvent> more) {
        if (more.isEmpty()) {
            return;
        }
        try {
            store.appendAll(more);
        } catch (SaveFailedException e) {
            throw new UncheckedIOException("Could not save the mock test in " + store.dataDir() + ": "
                    + e.getMessage(), e);
        }
    }
}
