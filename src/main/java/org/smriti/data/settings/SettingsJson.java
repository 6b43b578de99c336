package org.smriti.data.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.StepFormat;
import org.smriti.core.settings.Theme;
import org.smriti.data.json.JsonFields;
import org.smriti.data.json.JsonFormatException;

/**
 * The JSON form of {@link Settings}, used by {@code settings.json} and by settings-changed journal events.
 * Reading is lenient: unknown keys are ignored, a missing key takes its default silently (an older file), and a
 * bad value takes its default with a warning naming the source, the key and the value.
 */
public final class SettingsJson {


    private SettingsJson() {
    }

    public static JsonObject toJson(Settings s) {
        JsonObject o = new JsonObject();
        o.addProperty("newPerDay", s.newPerDay());
        o.addProperty("reviewsPerDay", s.reviewsPerDay());
        o.addProperty("desiredRetention", s.desiredRetention());
        o.add("learningSteps", steps(s.learningSteps()));
        o.add("relearningSteps", steps(s.relearningSteps()));
        o.addProperty("maximumInterval", s.maximumInterval());
        o.addProperty("fuzz", s.fuzz());
        o.addProperty("shortTerm", s.shortTerm());
        o.addProperty("rolloverHour", s.rolloverHour());
        o.addProperty("showStreak", s.showStreak());
        o.add("examDate", s.examDate() == null ? JsonNull.INSTANCE : new JsonPrimitive(s.examDate().toString()));
        o.addProperty("theme", JsonFields.lower(s.theme()));
        o.addProperty("fontScalePercent", s.fontScalePercent());
        o.addProperty("mockFeedsReviews", s.mockFeedsReviews());
        o.addProperty("examMode", s.examMode());
        if (s.fsrsWeights() != null) {
            JsonArray weights = new JsonArray();
            s.fsrsWeights().weights().forEach(weights::add);
            o.add("fsrsWeights", weights);
        } else {
            o.add("fsrsWeights", JsonNull.INSTANCE);
        }
        return o;
    }

    /**
     * Reads settings leniently.
     *
     * @param source   what to name in warnings, e.g. the file path
     * @param warnings receives one line per value that was replaced by its default
     */
    public static Settings fromJson(JsonObject o, String source, List<String> warnings) {
        Reader r = new Reader(o, source, warnings);
        Settings d = Settings.defaults();
        return new Settings(
                r.intIn("newPerDay", d.newPerDay(), 0, 9999),
                r.intIn("reviewsPerDay", d.reviewsPerDay(), 0, 99999),
                r.read("desiredRetention", d.desiredRetention(), (f) -> {
                    double v = JsonFields.number(o, f);
                    if (v < 0.70 || v > 0.99) {
                        throw new JsonFormatException("must be between 0.70 and 0.99");
                    }
                    return v;
                }),
                r.read("learningSteps", d.learningSteps(), f -> parseSteps(o.get(f))),
                r.read("relearningSteps", d.relearningSteps(), f -> parseSteps(o.get(f))),
                r.intIn("maximumInterval", d.maximumInterval(), 1, 36500),
                r.read("fuzz", d.fuzz(), f -> JsonFields.bool(o, f)),
                r.read("shortTerm", d.shortTerm(), f -> JsonFields.bool(o, f)),
                r.intIn("rolloverHour", d.rolloverHour(), 0, 23),
                r.read("showStreak", d.showStreak(), f -> JsonFields.bool(o, f)),
                r.read("examDate", d.examDate(), f -> parseDate(JsonFields.string(o, f))),
                r.read("theme", d.theme(), f -> JsonFields.enumValue(o, f, Theme.class)),
                r.intIn("fontScalePercent", d.fontScalePercent(), Settings.MIN_FONT_SCALE, Settings.MAX_FONT_SCALE),
                r.read("mockFeedsReviews", d.mockFeedsReviews(), f -> JsonFields.bool(o, f)),
                r.read("examMode", d.examMode(), f -> JsonFields.bool(o, f)),
                r.read("fsrsWeights", d.fsrsWeights(), f -> parseWeights(o.get(f))));
    }

    /** 21 numbers within the FSRS-6 bounds; a bad list falls back to the default weights with a warning. */
    private static FsrsParameters parseWeights(JsonElement e) {
        if (!e.isJsonArray()) {
            throw new JsonFormatException("must be a list of " + FsrsParameters.COUNT + " numbers, or null");
        }
        double[] w = new double[e.getAsJsonArray().size()];
        for (int i = 0; i < w.length; i++) {
            JsonElement x = e.getAsJsonArray().get(i);
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isNumber()) {
                throw new JsonFormatException("weight " + i + " (" + x + ") is not a number");
            }
            w[i] = x.getAsDouble();
        }
        return FsrsParameters.of(w); // names the weight and its bounds when one is outside them
    }

    private static JsonArray steps(List<Duration> steps) {
        JsonArray a = new JsonArray();
        steps.forEach(d -> a.add(StepFormat.formatOne(d)));
        return a;
    }

    private static List<Duration> parseSteps(JsonElement e) {
        if (!e.isJsonArray()) {
            throw new JsonFormatException("must be a list like [\"1m\", \"10m\"]");
        }
        List<Duration> out = new ArrayList<>();
        for (JsonElement step : e.getAsJsonArray()) {
            if (!step.isJsonPrimitive() || !step.getAsJsonPrimitive().isString()) {
                throw new JsonFormatException("step " + step + " is not a string like \"10m\"");
            }
            try {
                out.add(StepFormat.parseOne(step.getAsString()));
            } catch (IllegalArgumentException bad) {
                throw new JsonFormatException(bad.getMessage(), bad);
            }
        }
        return out;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonFormatException("must be a date like 2027-05-23", e);
        }
    }

    /** Reads one key at a time, replacing a bad value by the default and noting why. */
    private static final class Reader {
        private final JsonObject o;
        private final String source;
        private final List<String> warnings;

        Reader(JsonObject o, String source, List<String> warnings) {
            this.o = o;
            this.source = source;
            this.warnings = warnings;
        }

        <T> T read(String field, T fallback, Function<String, T> parse) {
            JsonElement e = o.get(field);
            if (e == null || (e.isJsonNull() && fallback == null)) {
                return fallback;
            }
            try {
                return parse.apply(field);
            } catch (JsonFormatException | IllegalArgumentException bad) {
                warnings.add(source + ": '" + field + "' = " + e + " is not valid (" + bad.getMessage()
                        + "); using the default " + describe(fallback) + ".");
                return fallback;
            }
        }

        int intIn(String field, int fallback, int min, int max) {
            return read(field, fallback, f -> {
                int v = JsonFields.int32(o, f);
                if (v < min || v > max) {
                    throw new JsonFormatException("must be between " + min + " and " + max);
                }
                return v;
            });
        }

        private static String describe(Object value) {
            if (value == null) {
                return "none";
            }
            if (value instanceof List) {
                List<String> steps = new ArrayList<>();
                for (Object d : (List<?>) value) {
                    steps.add(StepFormat.formatOne((Duration) d));
                }
                return steps.toString();
            }
            return String.valueOf(value).toLowerCase(Locale.ROOT);
        }
    }
}
