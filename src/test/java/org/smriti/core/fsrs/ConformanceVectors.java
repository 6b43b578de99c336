package org.smriti.core.fsrs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads conformance vector files (format: README.md beside the bundled vectors in test resources fsrs/).
 * Shared by {@link FsrsConformanceTest} and the replay benchmark.
 */
public final class ConformanceVectors {

    /** System property naming a directory whose {@code *.json} files replace the bundled vectors. */
    public static final String DIRECTORY_PROPERTY = "smriti.fsrs.vectors";

    public record Expect(CardState state, Instant due, double stability, double difficulty, int scheduledDays,
                         int learningStep, int reps, int lapses) {
    }

    /** {@code retrievabilityBefore} is null for a new card. */
    public record Review(Instant at, Rating rating, Double retrievabilityBefore, Expect expect) {
    }

    public record Case(String name, Instant created, List<Review> reviews) {
    }

    public record Config(String name, SchedulerConfig config, List<Case> cases) {
    }

    public record VectorsFile(Path path, List<Config> configs) {
    }

    private ConformanceVectors() {
    }

    /** The files named by {@value #DIRECTORY_PROPERTY}, or else the bundled ones under test resources fsrs/. */
    public static List<Path> files() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        Path dir = directory == null || directory.isBlank() ? bundledDirectory() : Paths.get(directory);
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no *.json conformance vectors in " + dir.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list conformance vectors in " + dir.toAbsolutePath(), e);
        }
    }

    private static Path bundledDirectory() {
        URL url = ConformanceVectors.class.getResource("/fsrs");
        if (url == null) {
            throw new IllegalStateException("test resource directory fsrs/ is missing");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    public static VectorsFile read(Path path) {
        try {
            JsonObject root = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
            List<Config> configs = new ArrayList<>();
            for (JsonElement c : root.getAsJsonArray("configs")) {
                configs.add(config(c.getAsJsonObject()));
            }
            return new VectorsFile(path, configs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static Config config(JsonObject json) {
        JsonObject p = json.getAsJsonObject("parameters");
        JsonArray weights = p.getAsJsonArray("w");
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i).getAsDouble();
        }
        SchedulerConfig config = new SchedulerConfig(FsrsParameters.of(w),
                setting(json, p, "request_retention").getAsDouble(),
                setting(json, p, "maximum_interval").getAsInt(),
                steps(setting(json, p, "learning_steps").getAsJsonArray()),
                steps(setting(json, p, "relearning_steps").getAsJsonArray()),
                setting(json, p, "enable_short_term").getAsBoolean(),
                false,
                DayClock.utc());
        List<Case> cases = new ArrayList<>();
        for (JsonElement c : json.getAsJsonArray("cases")) {
            cases.add(testCase(c.getAsJsonObject()));
        }
        return new Config(json.get("name").getAsString(), config, cases);
    }

    /** The README places the settings beside {@code parameters.w}; the generator nests them inside it. */
    private static JsonElement setting(JsonObject config, JsonObject parameters, String name) {
        JsonElement value = parameters.has(name) ? parameters.get(name) : config.get(name);
        if (value == null) {
            throw new IllegalArgumentException("config " + config.get("name") + " has no " + name);
        }
        return value;
    }

    private static List<Duration> steps(JsonArray json) {
        List<Duration> steps = new ArrayList<>();
        for (JsonElement e : json) {
            String step = e.getAsString();
            long value = Long.parseLong(step.substring(0, step.length() - 1));
            switch (step.charAt(step.length() - 1)) {
                case 'm':
                    steps.add(Duration.ofMinutes(value));
                    break;
                case 'h':
                    steps.add(Duration.ofHours(value));
                    break;
                case 'd':
                    steps.add(Duration.ofDays(value));
                    break;
                default:
                    throw new IllegalArgumentException("step " + step + " is not m/h/d");
            }
        }
        return steps;
    }

    private static Case testCase(JsonObject json) {
        List<Review> reviews = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("reviews")) {
            JsonObject r = e.getAsJsonObject();
            JsonObject x = r.getAsJsonObject("expect");
            JsonElement before = r.get("retrievability_before");
            Expect expect = new Expect(
                    CardState.valueOf(x.get("state").getAsString().toUpperCase(Locale.ROOT)),
                    Instant.parse(x.get("due").getAsString()),
                    x.get("stability").getAsDouble(),
                    x.get("difficulty").getAsDouble(),
                    x.get("scheduled_days").getAsInt(),
                    x.get("learning_steps").getAsInt(),
                    x.get("reps").getAsInt(),
                    x.get("lapses").getAsInt());
            reviews.add(new Review(Instant.parse(r.get("at").getAsString()),
                    Rating.valueOf(r.get("rating").getAsString().toUpperCase(Locale.ROOT)),
                    before == null || before.isJsonNull() ? null : before.getAsDouble(),
                    expect));
        }
        return new Case(json.get("name").getAsString(), Instant.parse(json.get("created").getAsString()), reviews);
    }
}
