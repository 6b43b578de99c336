package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FsrsParametersTest {

    @Test
    void defaultsAreTheTwentyOneFsrs6Weights() {
        assertThat(FsrsParameters.defaults().weights()).hasSize(21)
                .startsWith(0.212, 1.2931, 2.3065, 8.2956).endsWith(0.0658, 0.1542);
    }

    @Test
    void aWrongNumberOfWeightsIsRejected() {
        assertThatThrownBy(() -> FsrsParameters.of(new double[19]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FSRS-6 needs 21 weights, got 19");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.0, 'FSRS weight w[0] (initial stability for Again) = 0.0 is outside its bounds [0.001, 100.0]'",
        "4, 10.5, 'FSRS weight w[4] (initial difficulty) = 10.5 is outside its bounds [1.0, 10.0]'",
        "7, 0.9, 'FSRS weight w[7] (difficulty mean reversion) = 0.9 is outside its bounds [0.001, 0.75]'",
        "20, 0.05, 'FSRS weight w[20] (forgetting curve decay) = 0.05 is outside its bounds [0.1, 0.8]'",
        "3, NaN, 'FSRS weight w[3] (initial stability for Easy) must be a finite number, was NaN'",
    })
    void aWeightOutsideItsBoundsIsRejectedByName(int index, double value, String message) {
        double[] w = FsrsParameters.defaults().toArray();
        w[index] = value;
        assertThatThrownBy(() -> FsrsParameters.of(w)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void weightsOnTheirBoundsAreAccepted() {
        double[] w = FsrsParameters.defaults().toArray();
        w[7] = 0.75;
        w[20] = 0.1;
        assertThat(FsrsParameters.of(w).weight(7)).isEqualTo(0.75);
    }
}
