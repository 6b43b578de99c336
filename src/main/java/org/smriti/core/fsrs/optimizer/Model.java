package org.smriti.core.fsrs.optimizer;

/**
 * The FSRS-6 memory model as fsrs-rs trains it ({@code model.rs} forward pass, {@code analytic.rs} gradients),
 * in double precision where fsrs-rs computes in f32. For a card's {@link Track} it replays the reviews, predicts
 * recall before each one, scores the targets with weighted binary cross-entropy and, on request, accumulates the
 * exact gradient over the 21 weights by reverse mode: the forward pass records each step's branch and inputs,
 * the backward pass walks the steps in reverse applying each step's derivative (chain rule by hand, no framework).
 *
 * <p>One step, for review {@code i > 0} with rating {@code g}, gap {@code t} days and the state {@code (S, D)}
 * after review {@code i-1} (both clamped: S to [0.001, 36500], D to [1, 10]):
 * <pre>
 *   R  = (1 + factor·t/S)^decay,  decay = −w20, factor = 0.9^(1/decay) − 1        (recall predicted for i)
 *   S' = t = 0:  S·m, m = e^(w17·(g−3+w18))·S^−w19, floored at 1 when g ≥ 2         (same day: short-term)
 *        g = 1:  min(w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14),  S / e^(w17·w18))     (lapse)
 *        else:   S·(1 + e^w8·(11−D)·S^−w9·(e^((1−R)·w10) − 1)·hard·easy)             (recall)
 *   D' = clamp(w7·D0(4) + (1−w7)·(D − w6·(g−3)·(10−D)/9)),  D0(g) = w4 − e^(w5·(g−1)) + 1
 * </pre>
 * The first review sets {@code S = w[g−1]}, {@code D = clamp(D0(g))}. Clamps pass the gradient on their bounds
 * and stop it outside (PyTorch/Burn semantics, as fsrs-rs); the loss clamps R to [1e−7, 1 − 1e−7].
 *
 * <p>Not thread-safe (it reuses its scratch arrays); one instance per thread.
 */
final class Model {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36_500;
    static final double D_MIN = 1;
    static final double D_MAX = 10;
    private static final double MIN_PROB = 1e-7;
    private static final double MAX_PROB = 1 - 1e-7;
    private static final double LN_09 = Math.log(0.9);

    private static final byte INIT = 0;
    private static final byte SHORT = 1;
    private static final byte SHORT_FLOORED = 2;
    private static final byte LAPSE = 3;
    private static final byte LAPSE_FLOOR = 4;
    private static final byte RECALL = 5;

    private double[] w;
    private double decay;
    private double factor;
    private double dFactorDDecay;
    private double expW8;
    private double lapseFloorDivisor;
    private double easyDifficulty;
    private double exp3w5;

    // Per position of the current track: the state entering the step, its recall and log(1 + factor·t/S), the
    // step's branch, pre-clamp outputs and the powers and exponentials the backward pass reuses (a, b, c: see
    // nextStability); gR holds dLoss/dR of that position's own prediction.
    private double[] lastS = new double[64];
    private double[] lastD = new double[64];
    private double[] recall = new double[64];
    private double[] logBase = new double[64];
    private double[] preS = new double[64];
    private double[] preD = new double[64];
    private double[] term = new double[64];
    private double[] a = new double[64];
    private double[] b = new double[64];
    private double[] c = new double[64];
    private double[] gR = new double[64];
    private byte[] branch = new byte[64];

    Model(double[] weights) {
        setWeights(weights);
    }

    /** Computes with {@code weights} from now on (keeping the scratch space of earlier tracks). */
    void setWeights(double[] weights) {
        this.w = weights.clone();
        this.decay = -w[20];
        this.factor = Math.exp(LN_09 / decay) - 1;
        this.dFactorDDecay = Math.exp(LN_09 / decay) * (-LN_09 / (decay * decay));
        this.expW8 = Math.exp(w[8]);
        this.lapseFloorDivisor = Math.exp(w[17] * w[18]);
        this.easyDifficulty = initDifficulty(4);
        this.exp3w5 = Math.exp(3 * w[5]);
    }

    /** The summed weighted cross-entropy of the track's targets. */
    double loss(Track track) {
        return run(track, track.length() - 1, false, null, null);
    }

    /** The summed weighted cross-entropy of the track's targets; adds its gradient to {@code grad}. */
    double lossAndGrad(Track track, double[] grad) {
        return run(track, track.length() - 1, false, grad, null);
    }

    /**
     * The weighted cross-entropy of the one item whose target is at {@code position} (its history is the track's
     * reviews before it); adds its gradient to {@code grad}. This is fsrs-rs's per-item computation.
     */
    double itemLossAndGrad(Track track, int position, double[] grad) {
        return run(track, position, true, grad, null);
    }

    /** Writes the predicted recall of every position but the first into {@code out}. */
    void predict(Track track, double[] out) {
        run(track, track.length() - 1, false, null, out);
    }

    /** Runs positions 0..{@code last}; scores the weighted targets among them, or only {@code last}. */
    private double run(Track track, int last, boolean onlyLast, double[] grad, double[] predictions) {
        int n = last + 1;
        ensureCapacity(n);
        double loss = 0;
        double s = 0;
        double d = 0;
        for (int i = 0; i < n; i++) {
            int g = track.ratings[i];
            if (i == 0) {
                branch[0] = INIT;
                preS[0] = w[g - 1];
                preD[0] = initDifficulty(g);
                s = clamp(preS[0], S_MIN, S_MAX);
                d = clamp(preD[0], D_MIN, D_MAX);
                gR[0] = 0;
                continue;
            }
            double t = track.deltaT[i];
            lastS[i] = s;
            lastD[i] = d;
            double lb = t > 0 ? Math.log(1 + factor * t / s) : 0;
            double r = t > 0 ? Math.exp(decay * lb) : 1;
            logBase[i] = lb;
            recall[i] = r;
            if (predictions != null) {
                predictions[i] = r;
            }
            gR[i] = 0;
            double weight = onlyLast && i < last ? 0 : track.weights[i];
            if (weight != 0) {
                double label = track.labels[i];
                double rc = clamp(r, MIN_PROB, MAX_PROB);
                // labels are 0 or 1; log R = decay·log(base) unless the clamp moved R
                loss -= weight * (label == 1 ? (rc == r ? decay * lb : Math.log(rc)) : Math.log(1 - rc));
                if (r > MIN_PROB && r < MAX_PROB) {
                    gR[i] = -weight * (label / rc - (1 - label) / (1 - rc));
                }
            }
            if (i == n - 1) {
                break; // the last review's own update cannot change any prediction
            }
            s = clamp(nextStability(i, g, t, s, d, r), S_MIN, S_MAX);
            d = clamp(nextDifficultyBeforeClamp(i, g, d), D_MIN, D_MAX);
        }
        if (grad != null) {
            backward(track, n, grad);
        }
        return loss;
    }

    /**
     * S' before its clamp; records the branch and, for the backward pass: short-term a = log S; lapse a = D^−w12,
     * b = (S+1)^w13, c = e^((1−R)·w14); recall a = log S, b = S^−w9, c = e^((1−R)·w10).
     */
    private double nextStability(int i, int g, double t, double s, double d, double r) {
        double next;
        if (t == 0) {
            double logS = Math.log(s);
            double m = Math.exp(w[17] * (g - 3 + w[18]) - w[19] * logS);
            a[i] = logS;
            term[i] = m;
            boolean floored = g >= 2 && m < 1;
            branch[i] = floored ? SHORT_FLOORED : SHORT;
            next = s * (floored ? 1 : m);
        } else if (g == 1) {
            a[i] = Math.pow(d, -w[12]);
            b[i] = Math.pow(s + 1, w[13]);
            c[i] = Math.exp((1 - r) * w[14]);
            double raw = w[11] * a[i] * (b[i] - 1) * c[i];
            double floor = s / lapseFloorDivisor;
            boolean useFloor = floor < raw;
            branch[i] = useFloor ? LAPSE_FLOOR : LAPSE;
            term[i] = useFloor ? floor : raw;
            next = term[i];
        } else {
            double logS = Math.log(s);
            a[i] = logS;
            b[i] = Math.exp(-w[9] * logS);
            c[i] = Math.exp((1 - r) * w[10]);
            double inc = expW8 * (11 - d) * b[i] * (c[i] - 1) * hardEasy(g);
            term[i] = inc;
            branch[i] = RECALL;
            next = s * (1 + inc);
        }
        preS[i] = next;
        return next;
    }

    private double nextDifficultyBeforeClamp(int i, int g, double d) {
        double damped = d + (10 - d) * (-w[6] * (g - 3)) / 9;
        preD[i] = w[7] * (easyDifficulty - damped) + damped;
        return preD[i];
    }

    private double hardEasy(int g) {
        return g == 2 ? w[15] : g == 4 ? w[16] : 1;
    }

    private double initDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    /** Walks the recorded steps backwards, from the last prediction to the first review's initial state. */
    private void backward(Track track, int n, double[] grad) {
        double gS = 0; // dLoss/d(state S after step i), i.e. entering step i+1
        double gD = 0;
        for (int i = n - 1; i >= 1; i--) {
            int g = track.ratings[i];
            double s = lastS[i];
            double d = lastD[i];
            double r = recall[i];
            double gRecall = gR[i];
            double gLastS = 0;
            double gLastD = 0;
            if (i < n - 1) {
                double gPreS = gS * passes(preS[i], S_MIN, S_MAX);
                switch (branch[i]) {
                    case SHORT -> {
                        double m = term[i];
                        double gM = gPreS * s * m; // d(S·m)/dm · m, as dm/dθ = m·d(log m)/dθ
                        grad[17] += gM * (g - 3 + w[18]);
                        grad[18] += gM * w[17];
                        grad[19] -= gM * a[i];
                        gLastS += gPreS * m - gM * w[19] / s;
                    }
                    case SHORT_FLOORED -> gLastS += gPreS;
                    case LAPSE_FLOOR -> {
                        double floor = term[i];
                        grad[17] -= gPreS * floor * w[18];
                        grad[18] -= gPreS * floor * w[17];
                        gLastS += gPreS / lapseFloorDivisor;
                    }
                    case LAPSE -> {
                        double raw = term[i];
                        double dPow = a[i];
                        double sPow = b[i];
                        double forget = c[i];
                        grad[11] += gPreS * dPow * (sPow - 1) * forget;
                        grad[12] -= gPreS * raw * Math.log(d);
                        grad[13] += gPreS * w[11] * dPow * forget * sPow * Math.log(s + 1);
                        grad[14] += gPreS * raw * (1 - r);
                        gLastS += gPreS * w[11] * dPow * forget * w[13] * sPow / (s + 1);
                        gLastD -= gPreS * raw * w[12] / d;
                        gRecall -= gPreS * raw * w[14];
                    }
                    default -> { // RECALL
                        double inc = term[i];
                        double sPow = b[i];
                        double grow = c[i];
                        double he = hardEasy(g);
                        double gInc = gPreS * s;
                        grad[8] += gInc * inc;
                        grad[9] -= gInc * inc * a[i];
                        grad[10] += gInc * expW8 * (11 - d) * sPow * he * (1 - r) * grow;
                        if (g == 2) {
                            grad[15] += gInc * expW8 * (11 - d) * sPow * (grow - 1);
                        } else if (g == 4) {
                            grad[16] += gInc * expW8 * (11 - d) * sPow * (grow - 1);
                        }
                        gLastS += gPreS * (1 + inc) - gInc * inc * w[9] / s;
                        gLastD -= gInc * expW8 * sPow * (grow - 1) * he;
                        gRecall -= gInc * expW8 * (11 - d) * sPow * he * w[10] * grow;
                    }
                }
                gLastD += difficultyBackward(g, d, gD * passes(preD[i], D_MIN, D_MAX), grad);
            }
            if (gRecall != 0) {
                double t = track.deltaT[i];
                double base = 1 + factor * t / s;
                gLastS += gRecall * r * decay / base * (-t * factor / (s * s));
                double dRdDecay = r * (logBase[i] + decay / base * (t / s * dFactorDDecay));
                grad[20] -= gRecall * dRdDecay; // w20 = −decay
            }
            gS = gLastS;
            gD = gLastD;
        }
        int g0 = track.ratings[0];
        grad[g0 - 1] += gS * passes(preS[0], S_MIN, S_MAX);
        double gD0 = gD * passes(preD[0], D_MIN, D_MAX);
        grad[4] += gD0;
        grad[5] -= gD0 * (g0 - 1) * Math.exp(w[5] * (g0 - 1));
    }

    /** Adds the difficulty update's weight gradients for {@code gMean} = dLoss/dD'(pre-clamp); returns dLoss/dD. */
    private double difficultyBackward(int g, double d, double gMean, double[] grad) {
        if (gMean == 0) {
            return 0;
        }
        double delta = -w[6] * (g - 3);
        double damped = d + (10 - d) * delta / 9;
        grad[7] += gMean * (easyDifficulty - damped);
        grad[4] += gMean * w[7];
        grad[5] -= gMean * w[7] * 3 * exp3w5;
        double gDamped = gMean * (1 - w[7]);
        grad[6] -= gDamped * (10 - d) * (g - 3) / 9;
        return gDamped * (1 - delta / 9);
    }

    private static double passes(double x, double min, double max) {
        return x >= min && x <= max ? 1 : 0;
    }

    static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }

    private void ensureCapacity(int n) {
        if (n > lastS.length) {
            int size = Math.max(n, lastS.length * 2);
            lastS = new double[size];
            lastD = new double[size];
            recall = new double[size];
            logBase = new double[size];
            preS = new double[size];
            preD = new double[size];
            term = new double[size];
            a = new double[size];
            b = new double[size];
            c = new double[size];
            gR = new double[size];
            branch = new byte[size];
        }
    }
}
