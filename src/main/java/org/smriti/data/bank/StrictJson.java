package org.smriti.data.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a pack into a Gson tree strictly (no comments, no single quotes, no trailing commas, one value) and
 * refuses duplicate keys, which Gson's own tree adapter would silently let overwrite each other.
 */
final class StrictJson {

    /** Gson's messages end with "at line L column C path $.x" (plus a troubleshooting link on the next line). */
    private static final Pattern POSITION = Pattern.compile("^(.*?)\\s*at line (\\d+) column (\\d+)(?: path \\S*)?");

    private StrictJson() {
    }

    /** The text could not be parsed; the message names line and column. */
    static final class MalformedException extends Exception {
        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static JsonElement parse(String text) throws MalformedException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedException(describe("unexpected content after the end of the pack " + where(reader)), null);
            }
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new MalformedException(describe(e.getMessage()), e);
        }
    }

    private static JsonElement read(JsonReader reader) throws IOException, MalformedException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String key = reader.nextName();
                    if (object.has(key)) {
                        throw new MalformedException(describe("duplicate key \"" + key + "\" "
                                + keyStart(where(reader), key)), null);
                    }
                    object.add(key, read(reader));
                }
                reader.endObject();
                return object;
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedException(describe("unexpected " + reader.peek() + " " + where(reader)), null);
        }
    }

    /** JsonReader's toString is "JsonReader at line L column C path P": the only public view of its position. */
    private static String where(JsonReader reader) {
        String s = reader.toString();
        int at = s.indexOf(" at line ");
        return at < 0 ? "" : s.substring(at + 1);
    }

    private static final Pattern LINE_COLUMN = Pattern.compile("at line (\\d+) column (\\d+)");

    /**
     * The position of a key just read, from the reader's position after it: asking the reader for its position
     * before every key (a string each time) was the slowest part of reading a large pack.
     */
    private static String keyStart(String afterKey, String key) {
        Matcher m = LINE_COLUMN.matcher(afterKey);
        if (!m.find()) {
            return afterKey;
        }
        int column = Math.max(1, Integer.parseInt(m.group(2)) - key.length() - 1);
        return afterKey.substring(0, m.start()) + "at line " + m.group(1) + " column " + column
                + afterKey.substring(m.end());
    }

    /** "Expected ':' at line 3 column 9 path $.x" becomes "malformed JSON at line 3, column 9: Expected ':'". */
    static String describe(String gsonMessage) {
        String firstLine = gsonMessage == null ? "unreadable" : gsonMessage.lines().findFirst().orElse("unreadable");
        Matcher m = POSITION.matcher(firstLine);
        if (m.find()) {
            String reason = m.group(1).isEmpty() ? "unreadable" : m.group(1);
            if (reason.startsWith("Use JsonReader.setStrictness")) {
                // Gson's advice is for programmers; say what a pack author should look for instead.
                reason = "not strict JSON (a stray or trailing comma, a comment, single quotes or an unquoted word?)";
            }
            return "malformed JSON at line " + m.group(2) + ", column " + m.group(3) + ": " + reason;
        }
        return "malformed JSON: " + firstLine;
    }
}
