package org.smriti.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.FsrsParameters;

/** fsrs-rs's {@code parameter_clipper.rs} tests, and that the clips lie within Smriti's weight bounds. */
class ParameterClipperTest {

    @Test
    void weightsOutsideTheirRangeAreClampedAsFsrsRsClampsThem() {
        double[] w = FsrsParameters.defaults().toArray();
        System.arraycopy(new double[] {0.0, -1000.0, 1000.0, 0.0, 1000.0, -1000.0, 1.0, 0.25, -0.1}, 0, w, 0, 9);
        ParameterClipper.clip(w, 1, true);
        assertThat(Arrays.copyOf(w, 9)).containsExactly(0.001, 0.001, 100.0, 0.001, 10.0, 0.001, 1.0, 0.25, 0.0);
    }

    @Test
    void withTwoRelearningStepsTheDefaultShortTermWeightsStay() {
        double[] w = FsrsParameters.defaults().toArray();
        ParameterClipper.clip(w, 2, true);
        assertThat(w[17]).isCloseTo(0.5425, within(1e-9));
        assertThat(w[18]).isCloseTo(0.0912, within(1e-9));
        assertThat(w[19]).isCloseTo(0.0658, within(1e-9));
    }

    @Test
    void manyRelearningStepsCapTheProductOfW17AndW18() {
        double[] w = FsrsParameters.defaults().toArray();
        w[17] = 2;
        w[18] = 2;
        ParameterClipper.clip(w, 8, true);
        double ceiling = Math.sqrt(Math.max(0.01,
                -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / 8));
        assertThat(w[17]).isCloseTo(ceiling, within(1e-12));
        assertThat(w[18]).isCloseTo(ceiling, within(1e-12));
    }

    @Test
    void theShortTermDecayKeepsAFloorOnlyWhenShortTermIsTrained() {
        double[] w = FsrsParameters.defaults().toArray();
        w[19] = 0;
        double[] longTerm = w.clone();
        ParameterClipper.clip(w, 1, true);
        ParameterClipper.clip(longTerm, 1, false);
        assertThat(w[19]).isEqualTo(0.01);
        assertThat(longTerm[19]).isZero();
    }

    @Test
    void clippedWeightsAreValidSettings() {
        double[] low = new double[21];
        double[] high = new double[21];
        Arrays.fill(low, -1e9);
        Arrays.fill(high, 1e9);
        ParameterClipper.clip(low, 1, false);
        ParameterClipper.clip(high, 1, true);
        assertThat(FsrsParameters.of(low).toArray()).containsExactly(low);
        assertThat(FsrsParameters.of(high).toArray()).containsExactly(high);
    }
}
