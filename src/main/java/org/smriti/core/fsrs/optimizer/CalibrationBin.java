package org.smriti.core.fsrs.optimizer;

/**
 * One point of a calibration chart: the reviews whose predicted recall fell in one bin.
 *
 * @param predicted mean predicted recall of the bin's reviews
 * @param actual    the fraction of them actually recalled
 * @param count     how many reviews
 */
public record CalibrationBin(double predicted, double actual, int count) {
}
