package org.smriti.ui.settings;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.optimizer.Fit;
import org.smriti.core.fsrs.optimizer.Metrics;
import org.smriti.core.fsrs.optimizer.OptimalRetention;
import org.smriti.core.fsrs.optimizer.OptimizationResult;
import org.smriti.core.fsrs.optimizer.Progress;

/** What the memory model's tests share: results a fit and a simulation could give, a fake model, and workers. */
final class MemoryFixtures {

    /** Weights of a forgetful learner: short initial stabilities, slow growth. */
    static final FsrsParameters FITTED = FsrsParameters.of(0.1, 0.4, 0.9, 3.0, 7.0, 0.6, 2.5, 0.01, 1.2, 0.25,
            0.6, 1.8, 0.1, 0.35, 1.9, 0.5, 2.0, 0.6, 0.12, 0.08, 0.25);

    /** The least cost of {@link #curve()}: 0.855, suggested as 0.86. */
    static final double LEAST_COST = 0.855;

    private MemoryFixtures() {
    }

    /** All 21 weights fitted, and they predict the reviews better, on all of them and held out. */
    static OptimizationResult better() {
        return new OptimizationResult(new Fit(FITTED, Fit.Stage.TRAINED, 1_790), FsrsParameters.defaults(),
                1_842, 2_315, 150, metrics(0.3894, 0.0712), metrics(0.3521, 0.0243), metrics(0.3950, 0.0750),
                metrics(0.3602, 0.0310), true);
    }

    /** All 21 weights fitted, but they predict the reviews worse than the weights in use. */
    static OptimizationResult notBetter() {
        return new OptimizationResult(new Fit(FITTED, Fit.Stage.TRAINED, 1_790), FsrsParameters.defaults(),
                1_842, 2_315, 150, metrics(0.3412, 0.0231), metrics(0.3436, 0.0254), metrics(0.3470, 0.0260),
                metrics(0.3561, 0.0302), false);
    }

    /** Five items: too few to fit anything. */
    static OptimizationResult tooFew() {
        return new OptimizationResult(new Fit(FsrsParameters.defaults(), Fit.Stage.DEFAULTS, 5),
                FsrsParameters.defaults(), 5, 9, 4, metrics(0.41, 0.12), metrics(0.41, 0.12), Optional.empty(),
                Optional.empty(), false);
    }

    /**
     * Study per card remembered against desired retention, as a simulation draws it: dear at low retention (much
     * is forgotten and relearnt), dear at high (reviews come often), least at {@link #LEAST_COST}.
     */
    static OptimalRetention.Result curve() {
        List<OptimalRetention.Point> points = new ArrayList<>();
        for (int i = 0; i <= 25; i++) {
            double r = Math.round((0.70 + i * 0.01) * 100) / 100.0;
            points.add(new OptimalRetention.Point(r, 22 + 900 * (r - LEAST_COST) * (r - LEAST_COST),
                    18 + 90 * Math.pow(r - 0.65, 2), 700 + 1_400 * (r - 0.70)));
        }
        return new OptimalRetention.Result(LEAST_COST, points);
    }

    private static Optional<Metrics> metrics(double logLoss, double rmse) {
        return Optional.of(new Metrics(logLoss, rmse));
    }

    /** The memory model, answering what the test sets; each run reports its progress in ten steps. */
    static final class FakePorts implements MemoryPorts {
        OptimizationResult fit = better();
        OptimalRetention.Result suggestion = curve();
        IOException unreadable;
        /** Progress steps taken by the last run, to see that a cancelled run stopped. */
        int steps;

        @Override
        public OptimizationResult optimize(Progress progress) throws IOException {
            if (unreadable != null) {
                throw unreadable;
            }
            return afterSteps(progress, fit);
        }

        @Override
        public OptimalRetention.Result suggestRetention(Progress progress) {
            return afterSteps(progress, suggestion);
        }

        private <T> T afterSteps(Progress progress, T result) {
            steps = 0;
            for (int i = 1; i <= 10; i++) {
                progress.report(i / 10.0);
                steps++;
            }
            return result;
        }
    }

    /** Workers the test drives by hand: background work, UI work and delays run only when it says so. */
    static final class StepWorkers {
        private final Deque<Runnable> background = new ArrayDeque<>();
        private final Deque<Runnable> ui = new ArrayDeque<>();
        final List<Duration> waits = new ArrayList<>();
        private final List<Runnable> delayed = new ArrayList<>();

        Workers workers() {
            return new Workers(background::add, ui::add, (wait, action) -> {
                waits.add(wait);
                delayed.add(action);
            });
        }

        /** Everything at once: on the calling thread, in order, as if it took no time. */
        static Workers direct() {
            return new Workers(Runnable::run, Runnable::run, (wait, action) -> { });
        }

        void runBackground() {
            while (!background.isEmpty()) {
                background.poll().run();
            }
        }

        void runUi() {
            while (!ui.isEmpty()) {
                ui.poll().run();
            }
        }

        /** The waits asked for are over. */
        void elapse() {
            List<Runnable> due = new ArrayList<>(delayed);
            delayed.clear();
            due.forEach(Runnable::run);
        }
    }
}
