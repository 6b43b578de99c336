package org.smriti.core.fsrs.optimizer;

/**
 * Smriti's deliberate addition to fsrs-rs's procedure: more epochs. fsrs-rs stops after five — on a few thousand
 * items about 65 Adam steps — well before its own loss stops falling (fsrs-rs issue 218 notes that it trails the
 * Python optimiser for this reason, and that more epochs would cost too much there). The refiner trains
 * {@value #EPOCHS} more epochs on the very same loss (recency-weighted cross-entropy plus the pull towards the
 * initial weights, on the same items, within the same clips) from fsrs-rs's result, with a fresh Adam whose rate
 * is annealed from {@value #LEARNING_RATE}. Its batches are whole cards in a shuffled order — fsrs-rs's batches
 * with card ids, where a card costs one pass of the model instead of one per item — so the twenty epochs cost less
 * than fsrs-rs's five. The best of fsrs-rs's result and the epochs' weights is kept, so the training loss can only
 * fall. On the reference logs the held-out (time-series split) loss falls too: docs/benchmarks/optimizer.md.
 */
final class Refiner {

    static final int EPOCHS = 20;
    static final double LEARNING_RATE = 0.01;

    private Refiner() {
    }

    static double[] refine(Trainer trainer, double[] start, Progress progress) {
        return trainer.trainByCard(start, EPOCHS, LEARNING_RATE, progress);
    }
}
