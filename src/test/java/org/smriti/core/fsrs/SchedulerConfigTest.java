package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smriti.core.settings.Settings;

class SchedulerConfigTest {

    private static SchedulerConfig config(double retention, int maximumInterval, List<Duration> steps) {
        return new SchedulerConfig(FsrsParameters.defaults(), retention, maximumInterval, steps,
                List.of(Duration.ofMinutes(10)), true, true, DayClock.utc());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.69, 0.995, 1.0, Double.NaN})
    void desiredRetentionOutsideSeventyToNinetyNinePercentIsRejected(double retention) {
        assertThatThrownBy(() -> config(retention, 36500, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desired retention must be between 0.7 and 0.99, was " + retention);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 36501})
    void maximumIntervalOutOfRangeIsRejected(int days) {
        assertThatThrownBy(() -> config(0.9, days, List.of()))
                .hasMessage("maximum interval must be between 1 and 36500 days, was " + days);
    }

    @Test
    void theDefaultSettingsGiveTheDefaultConfigurationInTheUsersZone() {
        ZoneId india = ZoneId.of("Asia/Kolkata");
        assertThat(SchedulerConfig.of(Settings.defaults(), FsrsParameters.defaults(), india))
                .isEqualTo(SchedulerConfig.defaults(DayClock.of(india, 4)));
    }

    @Test
    void aStepThatIsNotWholeMinutesIsRejected() {
        assertThatThrownBy(() -> config(0.9, 36500, List.of(Duration.ofSeconds(90))))
                .hasMessage("learning step must be a whole number of minutes, at least 1, was PT1M30S");
    }

    @Test
    void appliedFittedWeightsScheduleAndClearingThemGoesBackToTheDefaults() {
        double[] w = FsrsParameters.defaults().toArray();
        w[2] = 3.1;
        FsrsParameters fitted = FsrsParameters.of(w);
        Settings applied = Settings.defaults().toBuilder().fsrsWeights(fitted).build();
        ZoneId india = ZoneId.of("Asia/Kolkata");

        assertThat(SchedulerConfig.of(applied, india).parameters()).isEqualTo(fitted);
        assertThat(SchedulerConfig.of(applied.toBuilder().fsrsWeights(null).build(), india).parameters())
                .isEqualTo(FsrsParameters.defaults());
    }
}
