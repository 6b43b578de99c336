package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.FsrsParameters;

/** The reverse-mode gradient against central finite differences, and a card's loss against its items'. */
class ModelGradientTest {

    /** Every branch: first reviews of each rating, same-day steps (floored and not), lapses, Hard and Easy. */
    private static Track richTrack() {
        int[] ratings = {2, 1, 3, 3, 1, 1, 3, 2, 4, 3, 1, 4, 3};
        double[] deltaT = {0, 0, 0, 2, 5, 0, 0, 3, 7, 12, 30, 1, 9};
        double[] labels = new double[ratings.length];
        double[] weights = new double[ratings.length];
        for (int i = 1; i < ratings.length; i++) {
            labels[i] = ratings[i] > 1 ? 1 : 0;
            weights[i] = deltaT[i] > 0 ? 0.25 + 0.05 * i : 0;
        }
        return new Track(ratings, deltaT, labels, weights);
    }

    private static double[] perturbedDefaults(long seed) {
        double[] w = FsrsParameters.defaults().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < w.length; i++) {
            w[i] *= 0.8 + 0.4 * random.nextDouble();
        }
        w[7] = Math.max(w[7], 0.05); // keep clear of the clamp edges, where the derivative is one-sided
        w[15] = Math.min(w[15], 0.9);
        ParameterClipper.clip(w, 1, true);
        return w;
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3})
    void theGradientMatchesFiniteDifferences(long seed) {
        double[] w = seed == 0 ? FsrsParameters.defaults().toArray() : perturbedDefaults(seed);
        Track track = richTrack();
        double[] grad = new double[21];
        new Model(w).lossAndGrad(track, grad);
        for (int i = 0; i < 21; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[i]));
            double[] up = w.clone();
            double[] down = w.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (new Model(up).loss(track) - new Model(down).loss(track)) / (2 * h);
            assertThat(grad[i]).as("dLoss/dw%d", i).isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
        }
    }

    @Test
    void aCardsLossAndGradientAreTheSumOfItsItems() {
        double[] w = perturbedDefaults(7);
        Track track = richTrack();
        double[] cardGrad = new double[21];
        double cardLoss = new Model(w).lossAndGrad(track, cardGrad);
        double[] itemGrad = new double[21];
        double itemLoss = 0;
        Model model = new Model(w);
        for (int p = 1; p < track.length(); p++) {
            itemLoss += model.itemLossAndGrad(track, p, itemGrad);
        }
        assertThat(cardLoss).isCloseTo(itemLoss, within(1e-12));
        for (int i = 0; i < 21; i++) {
            assertThat(cardGrad[i]).as("w%d", i).isCloseTo(itemGrad[i], within(1e-12));
        }
    }

    @Test
    void positionsThatAreNotTargetsAddNothing() {
        Track track = richTrack();
        assertThat(new Model(FsrsParameters.defaults().toArray()).itemLossAndGrad(track, 1, new double[21]))
                .isZero(); // position 1 is a same-day review: weight 0
    }
}
