package org.smriti.data.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.optimizer.ReviewHistories;
import org.smriti.core.fsrs.optimizer.TrainingSet;

/** The FSRS optimiser's training items from a data folder's journal (see {@link TrainingSet} for the rules). */
public final class TrainingData {

    /** The journal event types the review histories are made of. */
    public static final Set<String> EVENT_TYPES = Set.of("review", "undo", "reset");

    private TrainingData() {
    }

    /** From the app's open store; days counted by {@code clock} (the scheduler's). */
    public static TrainingSet of(ProgressStore store, DayClock clock) throws IOException {
        return TrainingSet.of(ReviewHistories.of(store.readEvents(EVENT_TYPES::contains)), clock);
    }

    /** From a data folder's journal read without its lock, as a backup reads it (works while Smriti is open). */
    public static TrainingSet readUnlocked(Path dataDir, DayClock clock) throws IOException {
        return TrainingSet.of(ReviewHistories.of(
                JournalEvents.readUnlocked(dataDir, EventCodec.standard(), EVENT_TYPES::contains)), clock);
    }
}
