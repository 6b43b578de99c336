package org.smriti.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartupOptionsTest {

    @Test
    void noArgumentsMeansDefaults() {
        StartupOptions o = StartupOptions.parse(List.of());
        assertThat(o.dataDir()).isEmpty();
        assertThat(o.exitAfterStartup()).isFalse();
        assertThat(o.help()).isFalse();
        assertThat(o.version()).isFalse();
    }

    @Test
    void dataDirTakesTheNextArgument() {
        assertThat(StartupOptions.parse(List.of("--data-dir", "/tmp/x")).dataDir()).contains(Path.of("/tmp/x"));
    }

    @Test
    void dataDirAcceptsTheEqualsForm() {
        assertThat(StartupOptions.parse(List.of("--data-dir=/tmp/y")).dataDir()).contains(Path.of("/tmp/y"));
    }

    @Test
    void flagsAreRecognised() {
        StartupOptions o = StartupOptions.parse(List.of("--exit-after-startup", "--help", "--version"));
        assertThat(o.exitAfterStartup()).isTrue();
        assertThat(o.help()).isTrue();
        assertThat(o.version()).isTrue();
    }

    @Test
    void dataDirWithoutAFolderIsExplained() {
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--data-dir")))
                .hasMessageContaining("--data-dir needs a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--colour", "-x", "review"})
    void unknownOptionIsNamed(String arg) {
        assertThatThrownBy(() -> StartupOptions.parse(List.of(arg)))
                .hasMessageContaining("'" + arg + "'")
                .hasMessageContaining("--help");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
