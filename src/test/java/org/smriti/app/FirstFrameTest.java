package org.smriti.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstFrameTest {

    @Test
    void theFiguresLineIsTheOneTheStartupBenchReads() {
        // bench/startup.sh parses exactly this shape; "?" stands for what /proc does not give on this system.
        assertThat(FirstFrame.figures())
                .matches("first frame: rss (\\d+|\\?) kB, \\d+ classes loaded, cpu (\\d+|\\?) ms");
    }

    @Test
    void theTimeSinceJvmStartIsPositive() {
        assertThat(FirstFrame.millisSinceJvmStart()).isPositive();
    }
}
