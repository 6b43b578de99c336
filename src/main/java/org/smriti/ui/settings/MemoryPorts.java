package org.smriti.ui.settings;

import java.io.IOException;
import org.smriti.core.fsrs.optimizer.OptimalRetention;
import org.smriti.core.fsrs.optimizer.OptimizationResult;
import org.smriti.core.fsrs.optimizer.Progress;

/**
 * The memory model behind Settings' "Optimise from my reviews" and "Suggest a retention". Both take up to a few
 * seconds and report their progress; the screen calls them off the UI thread. Applying weights or a retention is an
 * ordinary settings change (journalled, so it can be undone).
 */
public interface MemoryPorts {

    /** Fits FSRS's 21 weights to the aspirant's reviews; nothing is applied. */
    OptimizationResult optimize(Progress progress) throws IOException;

    /** The desired retention that costs the least study per card remembered over a simulated year, and the curve. */
    OptimalRetention.Result suggestRetention(Progress progress);
}
