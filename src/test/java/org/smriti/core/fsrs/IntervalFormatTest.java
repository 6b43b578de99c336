package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalFormatTest {

    @ParameterizedTest
    @CsvSource({
        "PT0S, 0s",
        "PT45S, 45s",
        "PT1M, 1m",
        "PT10M, 10m",
        "PT6M, 6m",
        "PT1H, 1h",
        "PT5H30M, 6h",
        "P1D, 1d",
        "P3D, 3d",
        "P30D, 30d",
        "P64D, 2.1mo",
        "P91D, 3mo",
        "P365D, 1y",
        "P475D, 1.3y",
    })
    void labelsLikeAnkisAnswerButtons(String interval, String label) {
        assertThat(IntervalFormat.label(Duration.parse(interval))).isEqualTo(label);
    }
}
