package org.smriti.core.fsrs.optimizer;

/**
 * The bounds fsrs-rs keeps the weights in while training ({@code parameter_clipper.rs}); every Adam step is
 * followed by a clip. They lie within {@link org.smriti.core.fsrs.FsrsParameters}'s bounds, so fitted weights
 * are always valid settings.
 */
final class ParameterClipper {

    /** The largest initial stability pre-training and clipping allow (fsrs-rs {@code INIT_S_MAX}). */
    static final double INIT_S_MAX = 100;

    private ParameterClipper() {
    }

    /**
     * Clips {@code w} in place.
     *
     * @param relearningSteps with more than one, w17·w18 is capped so that the relearning steps cannot lift a
     *                        lapsed card's stability above what it had (fsrs-rs's derivation at D = 1, R = 0.7, S = 1)
     * @param shortTerm       with short-term stability trained, w19 stays at least 0.01
     */
    static void clip(double[] w, int relearningSteps, boolean shortTerm) {
        double w17w18Ceiling = 2.0;
        if (relearningSteps > 1) {
            double bound = -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / relearningSteps;
            w17w18Ceiling = Math.min(2.0, Math.sqrt(Math.max(0.01, bound)));
        }
        double[][] bounds = {
            {Model.S_MIN, INIT_S_MAX}, {Model.S_MIN, INIT_S_MAX}, {Model.S_MIN, INIT_S_MAX}, {Model.S_MIN, INIT_S_MAX},
            {Model.D_MIN, Model.D_MAX}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
            {0, 4.5}, {0, 0.8}, {0.001, 3.5},
            {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
            {0, 1}, {1, 6},
            {0, w17w18Ceiling}, {0, w17w18Ceiling}, {shortTerm ? 0.01 : 0, 0.8},
            {0.1, 0.8}};
        for (int i = 0; i < w.length; i++) {
            w[i] = Model.clamp(w[i], bounds[i][0], bounds[i][1]);
        }
    }
}
