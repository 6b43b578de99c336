package org.smriti.data.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Typed reads of required fields with messages that name the field, for event and settings DTO mappings.
 * Every method throws {@link JsonFormatException} when the field is missing or malformed.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonPrimitive primitive(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            throw new JsonFormatException("field '" + field + "' is missing");
        }
        if (!e.isJsonPrimitive()) {
            throw new JsonFormatException("field '" + field + "' must be a plain value, was " + e);
        }
        return e.getAsJsonPrimitive();
    }

    public static String string(JsonObject o, String field) {
        JsonPrimitive p = primitive(o, field);
        if (!p.isString()) {
            throw new JsonFormatException("field '" + field + "' must be a string, was " + p);
        }
        return p.getAsString();
    }

    public static boolean bool(JsonObject o, String field) {
        JsonPrimitive p = primitive(o, field);
        if (!p.isBoolean()) {
            throw new JsonFormatException("field '" + field + "' must be true or false, was " + p);
        }
        return p.getAsBoolean();
    }

    public static long integer(JsonObject o, String field) {
        JsonPrimitive p = primitive(o, field);
        try {
            if (p.isNumber()) {
                return p.getAsBigDecimal().longValueExact();
            }
        } catch (ArithmeticException e) {
            // falls through to the message below: the number has a fraction or is too large
        }
        throw new JsonFormatException("field '" + field + "' must be a whole number, was " + p);
    }

    public static int int32(JsonObject o, String field) {
        long v = integer(o, field);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new JsonFormatException("field '" + field + "' is out of range: " + v);
        }
        return (int) v;
    }

    public static double number(JsonObject o, String field) {
        JsonPrimitive p = primitive(o, field);
        if (!p.isNumber()) {
            throw new JsonFormatException("field '" + field + "' must be a number, was " + p);
        }
        double d = p.getAsDouble();
        if (!Double.isFinite(d)) {
            throw new JsonFormatException("field '" + field + "' must be finite, was " + p);
        }
        return d;
    }

    public static Instant instant(JsonObject o, String field) {
        String s = string(o, field);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonFormatException("field '" + field + "' must be an ISO-8601 instant, was \"" + s + "\"", e);
        }
    }

    /** An enum constant written in lower case (e.g. {@code "relearning"}); upper case is accepted too. */
    public static <E extends Enum<E>> E enumValue(JsonObject o, String field, Class<E> type) {
        String s = string(o, field);
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("field '" + field + "' has unknown value \"" + s + "\"", e);
        }
    }

    public static JsonObject object(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonObject()) {
            throw new JsonFormatException("field '" + field + "' must be an object, was " + e);
        }
        return e.getAsJsonObject();
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
