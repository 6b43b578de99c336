package org.smriti.data.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;

class SettingsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir, CLOCK);
    }

    @Test
    void noFileGivesTheDefaultsWithoutWarning() throws IOException {
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        Settings s = new Settings(15, 150, 0.85, List.of(Duration.ofMinutes(1), Duration.ofHours(1)),
                List.of(Duration.ofDays(1)), 365, false, true, 5, false, LocalDate.of(2027, 5, 23), Theme.DARK, 125,
                false, true, FsrsParameters.of(0.1726, 0.8326, 2.4851, 6.3079, 6.5383, 0.5241, 3.1816, 0.0269,
                        1.6629, 0.2612, 0.6194, 1.5809, 0.0423, 0.3833, 1.798, 0.6014, 1.8729, 0.8313, 0.1011, 0.1463,
                        0.2433));
        store().save(s);

        assertThat(store().load()).isEqualTo(new SettingsStore.Loaded(s, List.of()));
        assertThat(Files.readString(store().file())).contains("\"learningSteps\": [", "\"1m\"", "\"1h\"", "\"1d\"");
    }

    @Test
    void unknownKeysAreIgnored() throws IOException {
        Files.writeString(store().file(), "{\"newPerDay\": 7, \"fromTheFuture\": {\"x\": 1}}");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings().newPerDay()).isEqualTo(7);
        assertThat(loaded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rolloverHour      | 27",
        "desiredRetention  | 1.5",
        "newPerDay         | \"many\"",
        "learningSteps     | [\"1m\", \"soon\"]",
        "theme             | \"purple\"",
        "fontScalePercent  | 300",
        "examDate          | \"next May\"",
        "fuzz              | \"yes\"",
        "fsrsWeights       | [0.2, 1.3]",
        "fsrsWeights       | \"fitted\"",
    })
    void aBadValueFallsBackToItsDefaultWithAWarningNamingTheKey(String key, String json) throws IOException {
        Files.writeString(store().file(), "{\"newPerDay\": 9, \"" + key + "\": " + json + "}");

        SettingsStore.Loaded loaded = store().load();

        Settings expected = key.equals("newPerDay") ? Settings.defaults()
                : SettingsJson.fromJson(com.google.gson.JsonParser.parseString("{\"newPerDay\": 9}")
                        .getAsJsonObject(), "x", new java.util.ArrayList<>());
        assertThat(loaded.settings()).isEqualTo(expected);
        assertThat(loaded.warnings()).singleElement().asString()
                .contains(store().file().toString(), "'" + key + "'", "default");
    }

    @ParameterizedTest
    @CsvSource({"{not json", "[1, 2]", "\"just a string\""})
    void aGarbledFileIsKeptAsBadAndTheDefaultsAreUsedWithOneWarning(String content) throws IOException {
        Files.writeString(store().file(), content);

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("settings.json.bad-20261124T233000Z");
        assertThat(dir.resolve("settings.json.bad-20261124T233000Z")).hasContent(content);
        assertThat(store().file()).doesNotExist();
    }

    @Test
    void fittedWeightsOutsideTheirBoundsFallBackToTheDefaultsWithAWarningNamingTheWeight() throws IOException {
        double[] w = FsrsParameters.defaults().toArray();
        w[20] = 0.05;
        Files.writeString(store().file(), "{\"fsrsWeights\": " + java.util.Arrays.toString(w) + "}");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings().fsrsWeights()).isNull();
        assertThat(loaded.settings().fsrsParameters()).isEqualTo(FsrsParameters.defaults());
        assertThat(loaded.warnings()).singleElement().asString()
                .contains("'fsrsWeights'", "w[20] (forgetting curve decay) = 0.05 is outside its bounds");
    }

    @Test
    void noFittedWeightsMeansTheDefaults() throws IOException {
        store().save(Settings.defaults());

        assertThat(store().load().settings().fsrsParameters()).isEqualTo(FsrsParameters.defaults());
    }

    @Test
    void peekingAtAGarbledFileLeavesItWhereItIs() throws IOException {
        Files.writeString(store().file(), "{not json");

        SettingsStore.Loaded loaded = store().peek();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("could not be read");
        assertThat(store().file()).hasContent("{not json");
    }
}
