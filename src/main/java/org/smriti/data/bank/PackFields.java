package org.smriti.data.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed reads of a pack's JSON tree that record a problem, named by file, question and field path, instead of
 * throwing: each read returns {@code null} after recording what is wrong, so every other field is still checked.
 */
final class PackFields {

    private final String file;
    private final List<PackProblem> problems = new ArrayList<>();
    /** Id (or questions[i]) of the question being read; problems are filed under it. */
    private String current;

    PackFields(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void readingQuestion(String idOrPosition) {
        current = idOrPosition;
    }

    List<PackProblem> problems() {
        return List.copyOf(problems);
    }

    int problemCount() {
        return problems.size();
    }

    void problem(String field, String message) {
        problems.add(new PackProblem(file, current, field, message));
    }

    static boolean absent(JsonObject o, String key) {
        return !o.has(key) || o.get(key).isJsonNull();
    }

    JsonElement required(JsonObject o, String key, String path) {
        if (absent(o, key)) {
            problem(path, "missing");
            return null;
        }
        return o.get(key);
    }

    String text(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        return e == null ? null : textValue(e, path);
    }

    /** An optional text: {@code fallback} when absent, {@code null} after a problem. */
    String optionalText(JsonObject o, String key, String path, String fallback) {
        return absent(o, key) ? fallback : text(o, key, path);
    }

    String textValue(JsonElement e, String path) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(path, "must be a string");
            return null;
        }
        String s = e.getAsString();
        if (s.isBlank()) {
            problem(path, "must not be empty");
            return null;
        }
        return s;
    }

    /** A non-null list only if every element is a non-empty string. */
    List<String> texts(JsonObject o, String key, String path) {
        JsonArray array = array(o, key, path);
        if (array == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.size(); i++) {
            String value = textValue(array.get(i), path + "[" + i + "]");
            if (value == null) {
                complete = false;
            } else {
                values.add(value);
            }
        }
        return complete ? values : null;
    }

    Integer wholeNumber(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        return e == null ? null : wholeNumberValue(e, path);
    }

    Integer wholeNumberValue(JsonElement e, String path) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                return e.getAsBigDecimal().intValueExact();
            } catch (ArithmeticException notWhole) {
                problem(path, "must be a whole number, found " + e.getAsJsonPrimitive().getAsString());
                return null;
            }
        }
        problem(path, "must be a whole number");
        return null;
    }

    /** A non-null list only if {@code e} is a list of whole numbers. */
    List<Integer> wholeNumbers(JsonElement e, String path) {
        if (!e.isJsonArray()) {
            problem(path, "must be a list of numbers [ … ]");
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            Integer number = wholeNumberValue(array.get(i), path + "[" + i + "]");
            if (number == null) {
                return null;
            }
            numbers.add(number);
        }
        return numbers;
    }

    Boolean bool(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        problem(path, "must be true or false");
        return null;
    }

    JsonArray array(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            problem(path, "must be a list [ … ]");
            return null;
        }
        return e.getAsJsonArray();
    }

    JsonObject object(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        return e == null ? null : element(e, path);
    }

    JsonObject element(JsonElement e, String path) {
        if (!e.isJsonObject()) {
            problem(path, "must be an object { … }");
            return null;
        }
        return e.getAsJsonObject();
    }

    /** Extra fields are refused: they are nearly always misspellings of real ones, which would be lost silently. */
    void unknownFields(JsonObject o, Set<String> allowed, String pathPrefix) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                problem(pathPrefix + key, "unknown field (allowed here: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    static <T> String joinIds(T[] values, Function<T, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
