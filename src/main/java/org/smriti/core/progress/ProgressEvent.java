package org.smriti.core.progress;

import java.time.Instant;

/**
 * Anything that changes an aspirant's progress and is therefore written to the journal: reviews, undo,
 * bookmarks, suspensions, resets, mock-test events, settings changes.
 */
public interface ProgressEvent {

    /** When it happened. */
    Instant at();
}
