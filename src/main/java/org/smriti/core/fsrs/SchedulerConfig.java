package org.smriti.core.fsrs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.smriti.core.settings.Settings;

/**
 * Everything the scheduler needs besides the card: the weights, the aspirant's choices, and how days are
 * counted.
 *
 * @param parameters       FSRS-6 weights
 * @param desiredRetention target probability of recall, 0.70..0.99
 * @param maximumInterval  longest interval in days, 1..36500
 * @param learningSteps    steps for new cards (whole minutes, at least one minute each; may be empty)
 * @param relearningSteps  steps after a lapse (same rules)
 * @param shortTerm        same-day reviews use short-term stability and the steps; off = long-term only
 * @param fuzz             spread intervals of 2.5 days and more (seeded by card id and review count)
 * @param dayClock         how elapsed days are counted
 */
public record SchedulerConfig(
        FsrsParameters parameters,
        double desiredRetention,
        int maximumInterval,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean shortTerm,
        boolean fuzz,
        DayClock dayClock) {

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;
    public static final int MAX_INTERVAL_LIMIT = 36_500;

    public SchedulerConfig {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dayClock, "dayClock");
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between " + MIN_RETENTION + " and "
                    + MAX_RETENTION + ", was " + desiredRetention);
        }
        if (maximumInterval < 1 || maximumInterval > MAX_INTERVAL_LIMIT) {
            throw new IllegalArgumentException("maximum interval must be between 1 and " + MAX_INTERVAL_LIMIT
                    + " days, was " + maximumInterval);
        }
        learningSteps = checkedSteps("learning", learningSteps);
        relearningSteps = checkedSteps("relearning", relearningSteps);
    }

    /** The app's defaults: default weights, 90 %, 1m 10m / 10m steps, short-term and fuzz on. */
    public static SchedulerConfig defaults(DayClock dayClock) {
        return new SchedulerConfig(FsrsParameters.defaults(), 0.90, MAX_INTERVAL_LIMIT,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                true, true, dayClock);
    }

    /**
     * The aspirant's settings and weights ({@link Settings#fsrsParameters()}: the applied fitted ones or the
     * defaults), with days counted from the rollover hour in {@code zone}.
     */
    public static SchedulerConfig of(Settings settings, ZoneId zone) {
        return of(settings, settings.fsrsParameters(), zone);
    }

    /** The aspirant's settings with {@code parameters}, with days counted from the rollover hour in {@code zone}. */
    public static SchedulerConfig of(Settings settings, FsrsParameters parameters, ZoneId zone) {
        return new SchedulerConfig(parameters, settings.desiredRetention(), settings.maximumInterval(),
                settings.learningSteps(), settings.relearningSteps(), settings.shortTerm(), settings.fuzz(),
                DayClock.of(zone, settings.rolloverHour()));
    }

    public SchedulerConfig withFuzz(boolean value) {
        return new SchedulerConfig(parameters, desiredRetention, maximumInterval, learningSteps, relearningSteps,
                shortTerm, value, dayClock);
    }

    public SchedulerConfig withShortTerm(boolean value) {
        return new SchedulerConfig(parameters, desiredRetention, maximumInterval, learningSteps, relearningSteps,
                value, fuzz, dayClock);
    }

    private static List<Duration> checkedSteps(String kind, List<Duration> steps) {
        List<Duration> copy = List.copyOf(steps);
        for (Duration step : copy) {
            // ts-fsrs counts steps in whole minutes ("1m", "1h", "1d").
            if (step.toMinutes() < 1 || !step.equals(Duration.ofMinutes(step.toMinutes()))) {
                throw new IllegalArgumentException(kind + " step must be a whole number of minutes, at least 1, was "
                        + step);
            }
        }
        return copy;
    }
}
