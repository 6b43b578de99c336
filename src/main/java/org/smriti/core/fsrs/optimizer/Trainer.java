package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.smriti.core.Shuffle;

/**
 * fsrs-rs's training loop ({@code training.rs} {@code train}): mini-batches of 512 items, Adam (β 0.9 / 0.999,
 * ε 1e−8) with a cosine-annealed learning rate over all steps, the weights clipped after every step, and after each
 * epoch the loss over the whole training set — the epoch with the lowest is kept.
 *
 * <p>The loss of a batch is the sum of its items' weighted cross-entropy plus the pull towards the initial weights,
 * γ·Σ((wᵢ − w⁰ᵢ)/σᵢ)² scaled by the batch's share of the items, so that one epoch adds up to the whole set's
 * cross-entropy plus one γ·Σ(...)²; σ are fsrs-rs's per-weight spreads.
 *
 * <p>{@link #train} batches as fsrs-rs does without card ids (as Anki and the npm binding call it): the items
 * sorted by length (stable) and cut into consecutive batches, each item computed on its own; the batch order is
 * shuffled every epoch. {@link #trainByCard} batches whole cards (as fsrs-rs does with card ids, where each card
 * costs one pass of the model), the cards shuffled every epoch. The shuffles use {@link SplittableRandom} seeded
 * by the configuration where fsrs-rs uses Rust's {@code StdRng}, so the order differs from fsrs-rs's, and so do
 * the fitted weights in their last digits. The whole-set loss is computed a card at a time ({@link Track}).
 */
final class Trainer {

    private static final double[] PARAMS_STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27};

    /** Some items to take one Adam step on: their summed loss, gradient added to {@code grad}. */
    private interface Batch {
        int items();

        void lossAndGrad(Model model, double[] grad);
    }

    private final List<Track> tracks;
    private final int[] targets;
    private final List<Batch> itemBatches;
    private final int total;
    private final double[] initial;
    private final TrainingConfig config;
    private final boolean shortTerm;
    private final int relearningSteps;
    private final Model model = new Model(new double[21]);

    /**
     * @param tracks  the training items grouped by card, their targets weighted
     * @param items   how many items {@code tracks} holds (its item indices are 0..items−1, in time order)
     * @param initial the weights to start from and to pull towards
     */
    Trainer(Tracks tracks, int items, double[] initial, TrainingConfig config, boolean shortTerm,
            int relearningSteps) {
        this.tracks = tracks.tracks;
        this.total = items;
        this.initial = initial.clone();
        this.config = config;
        this.shortTerm = shortTerm;
        this.relearningSteps = relearningSteps;
        this.targets = new int[this.tracks.size()];
        Integer[] order = IntStream.range(0, items).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(tracks::positionOf)); // stable: by length, then time
        this.itemBatches = new ArrayList<>();
        for (int from = 0; from < items; from += config.batchSize()) {
            int[] trackOf = new int[Math.min(config.batchSize(), items - from)];
            int[] positionOf = new int[trackOf.length];
            for (int k = 0; k < trackOf.length; k++) {
                trackOf[k] = tracks.trackOf(order[from + k]);
                positionOf[k] = tracks.positionOf(order[from + k]);
                targets[trackOf[k]]++;
            }
            itemBatches.add(new Batch() {
                @Override
                public int items() {
                    return trackOf.length;
                }

                @Override
                public void lossAndGrad(Model model, double[] grad) {
                    for (int k = 0; k < trackOf.length; k++) {
                        model.itemLossAndGrad(Trainer.this.tracks.get(trackOf[k]), positionOf[k], grad);
                    }
                }
            });
        }
    }

    /** fsrs-rs's epochs from the initial weights; returns the weights of the epoch with the lowest loss. */
    double[] train(Progress progress) {
        SplittableRandom random = new SplittableRandom(config.seed());
        return epochs(initial, config.epochs(), config.learningRate(), false, random, () -> {
            List<Batch> shuffled = new ArrayList<>(itemBatches);
            Shuffle.shuffle(shuffled, random);
            return shuffled;
        }, progress);
    }

    /**
     * More epochs from {@code start}, in batches of whole cards of about the configured batch size, the cards
     * shuffled each epoch; returns the best of {@code start} and the epochs' weights.
     */
    double[] trainByCard(double[] start, int epochs, double learningRate, Progress progress) {
        SplittableRandom random = new SplittableRandom(config.seed() + 1);
        List<Integer> cards = new ArrayList<>(IntStream.range(0, tracks.size()).boxed().toList());
        return epochs(start, epochs, learningRate, true, random, () -> {
            Shuffle.shuffle(cards, random);
            List<Batch> batches = new ArrayList<>();
            for (int from = 0; from < cards.size(); ) {
                int to = from;
                int items = 0;
                while (to < cards.size() && items < config.batchSize()) {
                    items += targets[cards.get(to++)];
                }
                List<Integer> batch = List.copyOf(cards.subList(from, to));
                int size = items;
                batches.add(new Batch() {
                    @Override
                    public int items() {
                        return size;
                    }

                    @Override
                    public void lossAndGrad(Model model, double[] grad) {
                        batch.forEach(t -> model.lossAndGrad(tracks.get(t), grad));
                    }
                });
                from = to;
            }
            return batches;
        }, progress);
    }

    /** A plan for one epoch: its batches, in the order to take them. */
    private interface Epoch {
        List<Batch> batches();
    }

    private double[] epochs(double[] start, int epochs, double learningRate, boolean startIsCandidate,
                            SplittableRandom random, Epoch plan, Progress progress) {
        CosineAnnealing schedule = new CosineAnnealing((total / config.batchSize() + 1) * epochs, learningRate);
        Adam adam = new Adam();
        double[] w = start.clone();
        double[] best = start.clone();
        double bestLoss = startIsCandidate ? objective(start) : Double.POSITIVE_INFINITY;
        for (int epoch = 0; epoch < epochs; epoch++) {
            List<Batch> batches = plan.batches();
            for (int b = 0; b < batches.size(); b++) {
                double[] grad = new double[21];
                model.setWeights(w);
                batches.get(b).lossAndGrad(model, grad);
                addPullGradient(w, initial, config.gamma() * batches.get(b).items() / total, grad);
                freeze(grad);
                adam.step(w, grad, schedule.next());
                ParameterClipper.clip(w, relearningSteps, shortTerm);
                progress.report((epoch + (b + 1.0) / batches.size()) / epochs);
            }
            double loss = objective(w);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    /** The training loss per item: weighted cross-entropy plus the pull, over the whole training set. */
    double objective(double[] w) {
        model.setWeights(w);
        double loss = 0;
        for (Track track : tracks) {
            loss += model.loss(track);
        }
        return (loss + config.gamma() * pull(w, initial)) / total;
    }

    /** Σ((wᵢ − w⁰ᵢ)/σᵢ)², the pull before its scale. */
    static double pull(double[] w, double[] initial) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double delta = w[i] - initial[i];
            sum += delta * delta / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]);
        }
        return sum;
    }

    /** Adds the gradient of {@code scale}·{@link #pull}. */
    static void addPullGradient(double[] w, double[] initial, double scale, double[] grad) {
        for (int i = 0; i < w.length; i++) {
            grad[i] += 2 * (w[i] - initial[i]) / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]) * scale;
        }
    }

    /** Without short-term scheduling fsrs-rs keeps w0..w3 at their pre-trained values and w17..w19 at 0. */
    private void freeze(double[] grad) {
        if (!shortTerm) {
            Arrays.fill(grad, 0, 4, 0);
            Arrays.fill(grad, 17, 20, 0);
        }
    }

    /** Adam as fsrs-rs's {@code HostAdam}: β1 0.9, β2 0.999, ε 1e−8, bias-corrected. */
    static final class Adam {
        private final double[] m = new double[21];
        private final double[] v = new double[21];
        private int t;

        void step(double[] w, double[] grad, double lr) {
            t++;
            double bias1 = 1 - Math.pow(0.9, t);
            double bias2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < w.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * grad[i];
                v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
                w[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + 1e-8);
            }
        }
    }

    /** fsrs-rs's {@code CosineAnnealingLR} (PyTorch's recursive form, minimum 0): the rate for each step. */
    static final class CosineAnnealing {
        private final double tMax;
        private final double initial;
        private double step = -1;
        private double lr;

        CosineAnnealing(double tMax, double initial) {
            this.tMax = tMax;
            this.initial = initial;
            this.lr = initial;
        }

        double next() {
            step++;
            if (step == 0) {
                lr = initial;
            } else if ((step - 1 - tMax) % (2 * tMax) == 0) {
                lr = initial * (1 - Math.cos(Math.PI / tMax)) / 2;
            } else {
                lr = (1 + Math.cos(Math.PI * step / tMax)) / (1 + Math.cos(Math.PI * (step - 1) / tMax)) * lr;
            }
            return lr;
        }
    }
}
