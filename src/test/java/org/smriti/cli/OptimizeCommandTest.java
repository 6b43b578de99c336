package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.settings.SettingsStore;
import org.smriti.testsupport.SimulatedLog;

/** {@code smriti optimize} on a CSV review log and on a data folder. */
class OptimizeCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-01T12:00:00Z"), ZoneOffset.UTC);
    private static List<SimulatedLog.Answer> answers;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void simulate() {
        answers = SimulatedLog.answers(FsrsParameters.defaults(), 120, 8, 100, 0.9, 4);
    }

    private int run(String... args) {
        return new OptimizeCommand(CLOCK).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path csv() throws IOException {
        return Files.writeString(dir.resolve("log.csv"), SimulatedLog.csv(answers));
    }

    @Test
    void onACsvLogJsonGivesTheWeightsTheItemsAndTheScoresBeforeAndAfter() throws IOException {
        assertThat(run("--csv", csv().toString(), "--json")).isEqualTo(Cli.OK);

        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(json.getAsJsonArray("weights")).hasSize(21);
        assertThat(json.get("stage").getAsString()).isEqualTo("trained");
        assertThat(json.get("items").getAsInt()).isGreaterThan(64);
        assertThat(json.get("reviews").getAsInt()).isPositive();
        for (String metric : new String[] {"logLoss", "rmseBins"}) {
            assertThat(json.getAsJsonObject(metric).get("before").getAsDouble()).isPositive();
            assertThat(json.getAsJsonObject(metric).get("after").getAsDouble()).isPositive();
            assertThat(json.getAsJsonObject("timeSeriesSplit").getAsJsonObject(metric).get("after").getAsDouble())
                    .isPositive();
        }
        assertThat(json.get("summary").getAsString()).contains("reviews of 120 cards");
        assertThat(err()).isEmpty();
    }

    @Test
    void onACsvLogPlainTextShowsTheTableAndTheWeights() throws IOException {
        assertThat(run("--csv", csv().toString(), "--day-start-hour", "5")).isEqualTo(Cli.OK);

        assertThat(out()).contains("All 21 weights were fitted", "log loss", "RMSE(bins)",
                "default weights, all items", "fitted on the past, future items", "Fitted weights: ");
    }

    @Test
    void onADataFolderTheCurrentWeightsAreTheAppliedOnes() throws IOException {
        double[] w = FsrsParameters.defaults().toArray();
        w[2] = 3.5;
        new SettingsStore(dir, CLOCK).save(Settings.defaults().toBuilder().fsrsWeights(FsrsParameters.of(w)).build());
        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            Card card = Card.newCard(Instant.EPOCH);
            for (SimulatedLog.Answer a : answers) {
                store.append(new ReviewEvent("q" + a.card(), Rating.values()[a.rating() - 1], a.at(),
                        a.durationMillis(), card, card));
            }
        }

        assertThat(run("--data-dir", dir.toString(), "--json")).isEqualTo(Cli.OK);

        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(json.getAsJsonArray("currentWeights").get(2).getAsDouble()).isEqualTo(3.5);
        assertThat(json.get("items").getAsInt()).isGreaterThan(64);
    }

    @Test
    void aBadRatingIsNamedByLine() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.csv"),
                "card_id,review_rating,review_time,review_duration\n1,3,2024-03-01T10:00:00Z,100\n1,7,2024-03-02T10:00:00Z,100\n");

        assertThat(run("--csv", log.toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).startsWith("optimize: " + log + ": line 3: review_rating: must be 1 (Again)");
        assertThat(out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--csv a.csv --data-dir d  | --csv and --data-dir cannot be used together",
        "--csv                     | --csv needs a value",
        "--day-start-hour 3        | --day-start-hour is for --csv",
        "--csv a.csv --day-start-hour 24 | --day-start-hour must be a whole hour 0..23, was 24",
        "--apply                   | unknown argument --apply",
    })
    void aWrongCommandLineShowsTheUsage(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(Cli.USAGE);
        assertThat(err()).startsWith("optimize: " + message).contains("usage: smriti optimize");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(Cli.isCommand("optimize")).isTrue();
        Cli.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(out()).contains("optimize [--data-dir DIR | --csv FILE [--day-start-hour H]] [--json]");
    }
}
