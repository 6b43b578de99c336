package org.smriti.ui.stats;

import java.io.IOException;
import java.util.List;
import org.smriti.core.fsrs.optimizer.CalibrationBin;

/**
 * How well the weights in use predicted the aspirant's reviews: predicted against actual recall per bin, from the
 * journal. Reads and computes for up to a second or so: the screen calls it off the UI thread.
 */
@FunctionalInterface
public interface CalibrationSource {

    /** The bins with reviews in them; empty when no card has been reviewed on a later day than its previous one. */
    List<CalibrationBin> calibration() throws IOException;
}
