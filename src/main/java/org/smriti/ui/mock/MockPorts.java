package org.smriti.ui.mock;

import java.util.List;
import java.util.Set;
import org.smriti.core.mock.MockResult;
import org.smriti.core.progress.ProgressEvent;

/** What the mock-test screen needs from the rest of the app: the journal, the weak spots, the scheduler. */
public interface MockPorts {

    /** All mock events in the journal, oldest first (for resume and history). */
    List<ProgressEvent> mockEvents();

    /**
     * Appends events durably (fsync) before returning.
     *
     * @throws java.io.UncheckedIOException with a user-readable message when saving fails
     */
    void append(List<? extends ProgressEvent> events);

    /** Ids answered wrong before or with low recall now (for "my weak spots"). */
    Set<String> weakSpotIds();

    /** Turns mock answers into reviews if the setting is on (wrong = Again, right on a due card = Good). */
    void feedReviews(MockResult result);
}
