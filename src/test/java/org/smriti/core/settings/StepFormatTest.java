package org.smriti.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepFormatTest {

    @Test
    void readsAnkiStyleSteps() {
        assertThat(StepFormat.parse("1m 10m 1h 2d"))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofDays(2));
    }

    @Test
    void acceptsCommasAndExtraSpaces() {
        assertThat(StepFormat.parse(" 1m,  10m ")).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    @Test
    void writesTheLargestWholeUnit() {
        assertThat(StepFormat.format(List.of(Duration.ofMinutes(90), Duration.ofHours(3), Duration.ofHours(48))))
                .isEqualTo("90m 3h 2d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "m", "10x", "tenm", "1.5m", "30s"})
    void refusesWhatIsNotADuration(String step) {
        assertThatThrownBy(() -> StepFormat.parse(step)).hasMessageContaining("'" + step + "'");
    }

    @Test
    void refusesZero() {
        assertThatThrownBy(() -> StepFormat.parse("0m")).hasMessageContaining("longer than zero");
    }
}
