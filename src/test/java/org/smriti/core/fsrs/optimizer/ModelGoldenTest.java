package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * fsrs-rs's {@code test_loss_and_grad} (training.rs, commit 999b8b0, the one the npm binding 0.5.0 is built from):
 * four items with six history reviews each, summed cross-entropy, the default weights; then one Adam step at
 * learning rate 0.04, the clip, the same batch again and a second step; and the pull towards the initial weights.
 * fsrs-rs computes in f32 and checks its gradients to 1e−4; this model computes in f64.
 */
class ModelGoldenTest {

    private static final double[][] T_HISTORY = {
        {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}, {0, 1, 1, 3}, {1, 3, 3, 5}, {3, 6, 6, 12}};
    private static final int[][] R_HISTORY = {
        {1, 2, 3, 4}, {3, 4, 2, 4}, {1, 4, 4, 3}, {4, 3, 3, 3}, {3, 1, 3, 3}, {2, 3, 3, 4}};
    private static final double[] DELTA_T = {4, 11, 12, 23};
    private static final int[] LABELS = {1, 1, 1, 0};

    static final double[] GRADIENT_AT_DEFAULTS = {
        -0.095688485, -0.0051607806, -0.0012249565, 0.007462064, 0.03650761, -0.082112335, 0.0593964, -2.1474836,
        0.57626534, -2.8751316, 0.7154875, -0.028993709, 0.0099172965, -0.2189217, -0.0017800558, -0.089381434,
        0.299141, 0.068104014, -0.011605468, -0.25398168, 0.27700496};

    static Track column(int c) {
        int n = T_HISTORY.length + 1;
        int[] ratings = new int[n];
        double[] deltaT = new double[n];
        double[] labels = new double[n];
        double[] weights = new double[n];
        for (int t = 0; t < T_HISTORY.length; t++) {
            ratings[t] = R_HISTORY[t][c];
            deltaT[t] = T_HISTORY[t][c];
        }
        ratings[n - 1] = LABELS[c] == 1 ? 3 : 1;
        deltaT[n - 1] = DELTA_T[c];
        labels[n - 1] = LABELS[c];
        weights[n - 1] = 1;
        return new Track(ratings, deltaT, labels, weights);
    }

    static double lossAndGrad(double[] w, double[] grad) {
        Model model = new Model(w);
        double loss = 0;
        for (int c = 0; c < 4; c++) {
            loss += model.lossAndGrad(column(c), grad);
        }
        return loss;
    }

    @Test
    void theLossAndGradientAtTheDefaultsAreFsrsRsGoldenValues() {
        double[] grad = new double[21];
        double loss = lossAndGrad(FsrsParameters.defaults().toArray(), grad);
        assertThat(loss).isCloseTo(4.0466027, within(1e-5));
        for (int i = 0; i < 21; i++) {
            assertThat(grad[i]).as("dLoss/dw%d", i).isCloseTo(GRADIENT_AT_DEFAULTS[i], within(1e-4));
        }
    }

    private static final double[] AFTER_FIRST_STEP = {
        0.252, 1.3331, 2.3464994, 8.2556, 6.3733, 0.87340003, 2.9794, 0.040999997, 1.8322, 0.20660001, 0.756, 1.5235,
        0.021400042, 0.3029, 1.6882998, 0.64140004, 1.8329, 0.5025, 0.13119997, 0.1058, 0.1142};
    private static final double[] GRADIENT_AFTER_FIRST_STEP = {
        -0.040530164, -0.0041278866, -0.0010157757, 0.007239434, 0.009321215, -0.120117955, 0.039143264, -0.8628009,
        0.5794302, -2.5713828, 0.7669307, -0.024242667, 0.0, -0.16912507, -0.0017008218, -0.061857328, 0.28093633,
        0.064058185, 0.0063592787, -0.1903223, 0.6257775};
    private static final double[] AFTER_SECOND_STEP = {
        0.2882918, 1.3726242, 2.3861322, 8.215636, 6.339965, 0.9130969, 2.940639, 0.07696985, 1.7921946, 0.2464217,
        0.71595186, 1.5631561, 0.001, 0.34230903, 1.7282416, 0.68038, 1.7929853, 0.46258268, 0.14039303, 0.14509967,
        0.1};
    private static final double[] PULL_GRADIENT = {
        0.0019813816, 0.00087788026, 0.00026506148, -0.000105618295, -0.25213888, 1.0448985, -0.22755535, 5.688889,
        -0.5385926, 2.5283954, -0.75225013, 0.9102214, -10.113569, 3.1999993, 0.2521374, 1.3107208, -0.07721739,
        -0.85244584, 0.79999936, 4.1795917, -1.1237311};

    @Test
    void twoAdamStepsWithClippingFollowFsrsRs() {
        double[] w = FsrsParameters.defaults().toArray();
        Trainer.Adam adam = new Trainer.Adam();
        double[] grad = new double[21];
        lossAndGrad(w, grad);
        adam.step(w, grad, 0.04);
        ParameterClipper.clip(w, 1, true);
        assertCloseTo(w, AFTER_FIRST_STEP, 1e-4);

        double[] grad2 = new double[21];
        assertThat(lossAndGrad(w, grad2)).isCloseTo(3.767796, within(1e-5));
        assertCloseTo(grad2, GRADIENT_AFTER_FIRST_STEP, 1e-4);
        adam.step(w, grad2, 0.04);
        ParameterClipper.clip(w, 1, true);
        assertCloseTo(w, AFTER_SECOND_STEP, 1e-4);
    }

    @Test
    void thePullTowardsTheInitialWeightsIsFsrsRsGoldenPenalty() {
        double[] initial = FsrsParameters.defaults().toArray();
        double[] w = AFTER_FIRST_STEP.clone();
        double scale = 2.0 * 512 / 1000; // gamma 2, a batch of 512 of 1000 items
        assertThat(scale * Trainer.pull(w, initial)).isCloseTo(0.67711145, within(1e-5));
        double[] grad = new double[21];
        Trainer.addPullGradient(w, initial, scale, grad);
        assertCloseTo(grad, PULL_GRADIENT, 1e-4);
    }

    private static void assertCloseTo(double[] actual, double[] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("w%d", i).isCloseTo(expected[i], within(tolerance));
        }
    }
}
