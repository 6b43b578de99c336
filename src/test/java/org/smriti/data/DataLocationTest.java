package org.smriti.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataLocationTest {

    private static final Path HOME = Path.of("/home/asha");

    @ParameterizedTest(name = "{0} with XDG_DATA_HOME={1}, APPDATA={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "Linux,      -,                  -,                          /home/asha/.local/share/smriti",
            "Linux,      /data/xdg,          -,                          /data/xdg/smriti",
            "Linux,      relative/xdg,       -,                          /home/asha/.local/share/smriti",
            "FreeBSD,    -,                  -,                          /home/asha/.local/share/smriti",
            "Mac OS X,   /data/xdg,          -,                          /home/asha/Library/Application Support/Smriti",
            "Windows 11, -,                  /c/Users/asha/AppData/Roaming, /c/Users/asha/AppData/Roaming/Smriti",
            "Windows 10, -,                  -,                          /home/asha/AppData/Roaming/Smriti",
    })
    void platformDefaultFollowsTheOsConvention(String os, String xdg, String appData, String expected) {
        Map<String, String> env = new HashMap<>();
        if (xdg != null) {
            env.put("XDG_DATA_HOME", xdg);
        }
        if (appData != null) {
            env.put("APPDATA", appData);
        }
        assertThat(DataLocation.resolve(Optional.empty(), env, os, HOME)).isEqualTo(Path.of(expected));
    }

    @Test
    void environmentVariableOverridesThePlatformDefault() {
        Path resolved = DataLocation.resolve(Optional.empty(), Map.of("SMRITI_DATA_DIR", "/srv/smriti"), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/srv/smriti"));
    }

    @Test
    void commandLineOverridesTheEnvironmentVariable() {
        Path resolved = DataLocation.resolve(Optional.of(Path.of("/tmp/mine")),
                Map.of("SMRITI_DATA_DIR", "/srv/smriti"), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        Path resolved = DataLocation.resolve(Optional.empty(), Map.of("SMRITI_DATA_DIR", "  "), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/home/asha/.local/share/smriti"));
    }
}
