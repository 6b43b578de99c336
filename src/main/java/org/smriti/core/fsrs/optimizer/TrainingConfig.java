package org.smriti.core.fsrs.optimizer;

/**
 * fsrs-rs's training hyperparameters ({@code TrainingConfig}, defaults as there).
 *
 * @param epochs       passes over the training items
 * @param batchSize    items per Adam step
 * @param seed         the batch-order shuffle's seed
 * @param learningRate Adam's initial learning rate, annealed to 0 by a cosine over all steps
 * @param maxSeqLen    items with more reviews than this are left out of training
 * @param gamma        strength of the pull towards the initial weights (L2, scaled by each weight's spread)
 */
public record TrainingConfig(int epochs, int batchSize, long seed, double learningRate, int maxSeqLen,
                             double gamma) {

    public TrainingConfig {
        if (epochs < 0 || batchSize < 1 || maxSeqLen < 2 || !Double.isFinite(learningRate)
                || !Double.isFinite(gamma) || gamma < 0) {
            throw new IllegalArgumentException("invalid training configuration: " + epochs + " epochs, batch size "
                    + batchSize + ", learning rate " + learningRate + ", max length " + maxSeqLen + ", gamma " + gamma);
        }
    }

    /** fsrs-rs's defaults: 5 epochs, batches of 512, seed 2023, learning rate 0.04, 256 reviews, gamma 1. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(5, 512, 2023, 4e-2, 256, 1.0);
    }
}
