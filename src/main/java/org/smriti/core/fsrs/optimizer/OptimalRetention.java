package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.List;
import org.smriti.core.fsrs.FsrsParameters;

/**
 * The desired retention that costs the least study time per card remembered (fsrs-rs {@code optimal_retention}):
 * each candidate retention is simulated with several seeds ({@link #sampleSize}) and the mean of seconds studied
 * ÷ cards remembered at the end is minimised over [{@value #MIN_RETENTION}, {@value #MAX_RETENTION}] by Brent's
 * method with fsrs-rs's tolerances. The curve for the chart is the same mean at every hundredth.
 */
public final class OptimalRetention {

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.95;

    /**
     * One point of the curve.
     *
     * @param retention        the desired retention simulated
     * @param costPerMemorized mean seconds studied per card remembered at the end
     * @param reviewsPerDay    mean reviews a day
     * @param memorized        mean cards remembered at the end
     */
    public record Point(double retention, double costPerMemorized, double reviewsPerDay, double memorized) {
    }

    /**
     * @param best  the retention Brent's method settled on
     * @param curve one point per hundredth from 0.70 to 0.95
     */
    public record Result(double best, List<Point> curve) {
        public Result {
            curve = List.copyOf(curve);
        }
    }

    private final Simulator simulator;
    private final int samples;
    private final double span;

    public OptimalRetention(SimulatorConfig config, FsrsParameters parameters) {
        this.simulator = new Simulator(config, parameters);
        this.samples = sampleSize(config.learnSpan());
        this.span = config.learnSpan();
    }

    /** fsrs-rs's number of seeds per candidate: 16 for a year or more, more for shorter spans. */
    static int sampleSize(int learnSpan) {
        if (learnSpan <= 30) {
            return 180;
        }
        if (learnSpan < 365) {
            double factor = learnSpan * learnSpan * 8.20e-7 + learnSpan * 2.41e-3 + 1.30e-2;
            return (int) Math.round(16 / factor);
        }
        return 16;
    }

    /** The curve and the best retention; {@code progress} goes to 1 over the 26 curve points and the search. */
    public Result compute(Progress progress) {
        List<Point> curve = new ArrayList<>();
        int points = 26;
        for (int i = 0; i < points; i++) {
            curve.add(point(Math.round((MIN_RETENTION + i * 0.01) * 100) / 100.0));
            progress.report((i + 1.0) / (points + 12));
        }
        double best = brent(progress.part((double) points / (points + 12), 1));
        progress.report(1);
        return new Result(best, curve);
    }

    /** The mean over the seeds at one retention. */
    public Point point(double retention) {
        double cost = 0;
        double reviews = 0;
        double memorized = 0;
        for (int i = 0; i < samples; i++) {
            SimulationResult r = simulator.simulate(retention, 42 + i);
            cost += r.costPerMemorized();
            reviews += r.totalReviews() / span;
            memorized += r.memorized();
        }
        return new Point(retention, cost / samples, reviews / samples, memorized / samples);
    }

    /** fsrs-rs's Brent minimisation (scipy's {@code brent}: golden sections and parabolic steps), tolerance 0.01. */
    double brent(Progress progress) {
        double mintol = 1e-10;
        double cg = 0.381_966;
        int maxiter = 64;
        double tol = 0.01;
        double x = MIN_RETENTION;
        double fx = point(x).costPerMemorized();
        double v = x;
        double w = x;
        double fv = fx;
        double fw = fx;
        double a = MIN_RETENTION;
        double b = MAX_RETENTION;
        double deltax = 0;
        double rat = 0;
        for (int iter = 0; iter < maxiter; iter++) {
            double tol1 = tol * Math.abs(x) + mintol;
            double tol2 = 2 * tol1;
            double xmid = 0.5 * (a + b);
            if (Math.abs(x - xmid) < tol2 - 0.5 * (b - a)) {
                break;
            }
            if (Math.abs(deltax) <= tol1) {
                deltax = (x >= xmid ? a : b) - x;
                rat = cg * deltax;
            } else {
                double tmp1 = (x - w) * (fx - fv);
                double tmp2 = (x - v) * (fx - fw);
                double p = (x - v) * tmp2 - (x - w) * tmp1;
                tmp2 = 2 * (tmp2 - tmp1);
                if (tmp2 > 0) {
                    p = -p;
                }
                tmp2 = Math.abs(tmp2);
                double previous = deltax;
                deltax = rat;
                if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.abs(p) < Math.abs(0.5 * tmp2 * previous)) {
                    rat = p / tmp2;
                    double u = x + rat;
                    if (u - a < tol2 || b - u < tol2) {
                        rat = xmid - x >= 0 ? tol1 : -tol1;
                    }
                } else {
                    deltax = (x >= xmid ? a : b) - x;
                    rat = cg * deltax;
                }
            }
            double u = x + (Math.abs(rat) < tol1 ? (rat >= 0 ? tol1 : -tol1) : rat);
            double fu = point(u).costPerMemorized();
            if (fu > fx) {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    w = u;
                    fv = fw;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            } else {
                if (u >= x) {
                    a = x;
                } else {
                    b = x;
                }
                v = w;
                w = x;
                x = u;
                fv = fw;
                fw = fx;
                fx = fu;
            }
            progress.report(Math.min(1, (iter + 1) / 12.0));
        }
        return Model.clamp(x, MIN_RETENTION, MAX_RETENTION);
    }
}
