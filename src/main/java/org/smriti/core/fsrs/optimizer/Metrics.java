package org.smriti.core.fsrs.optimizer;

/**
 * How well weights predict a review log, as fsrs-rs reports it.
 *
 * @param logLoss  mean binary cross-entropy of the predicted recall against recalled / forgotten (lower is better)
 * @param rmseBins root mean square gap between mean predicted and actual recall over fsrs-rs's bins of items
 *                 alike in gap, number of reviews and lapses (lower is better)
 */
public record Metrics(double logLoss, double rmseBins) {
}
