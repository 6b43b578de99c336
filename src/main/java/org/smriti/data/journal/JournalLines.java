package org.smriti.data.journal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * One journal line: {@code {"v":1,"type":"review","data":{...},"crc32c":"89abcdef"}} and a newline. The
 * checksum is CRC-32C of the line's bytes without the {@code ,"crc32c":"…"} member, i.e. of
 * {@code {"v":1,"type":"review","data":{...}}}, so it is checked on the raw bytes before any parsing.
 */
final class JournalLines {

    static final int VERSION = 1;
    private static final byte[] CRC_KEY = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);
    /** The length of {@code ,"crc32c":"89abcdef"}} at the end of every line. */
    static final int SUFFIX_LENGTH = CRC_KEY.length + 8 + 2;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A line whose checksum and structure are fine. */
    record Parsed(int version, String type, JsonObject data) {
    }

    /** The line could not be parsed; the message says why. */
    static final class Damaged extends Exception {
        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    private JournalLines() {
    }

    /** The bytes to append, newline included. */
    static byte[] encode(String type, JsonObject data) {
        JsonObject o = new JsonObject();
        o.addProperty("v", VERSION);
        o.addProperty("type", type);
        o.add("data", data);
        byte[] content = GSON.toJson(o).getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(content);
        byte[] suffix = String.format(",\"crc32c\":\"%08x\"}\n", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[content.length - 1 + suffix.length];
        System.arraycopy(content, 0, line, 0, content.length - 1); // drop the closing brace, the suffix restores it
        System.arraycopy(suffix, 0, line, content.length - 1, suffix.length);
        return line;
    }

    /**
     * The end of the line starting at {@code from}: the index of the next newline at or after it, or
     * {@code buf.length} if there is none.
     */
    private static final byte[] CANONICAL_START = "{\"v\":1,\"type\":\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * The type of a line as Smriti writes it ({@code {"v":1,"type":"review",…}}), read from the bytes without
     * checking or parsing the line, or {@code null} for a line written otherwise: lets a reader that wants a few
     * types pass over the others cheaply.
     */
    static String peekType(byte[] buf, int from, int to) {
        int at = from + CANONICAL_START.length;
        if (at >= to) {
            return null;
        }
        for (int i = 0; i < CANONICAL_START.length; i++) {
            if (buf[from + i] != CANONICAL_START[i]) {
                return null;
            }
        }
        for (int end = at; end < to && end - at < 40; end++) {
            if (buf[end] == '"') {
                return new String(buf, at, end - at, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    static int lineEnd(byte[] buf, int from) {
        for (int i = from; i < buf.length; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return buf.length;
    }

    /** Checks and parses {@code buf[from, to)}, a line without its newline. */
    static Parsed parse(byte[] buf, int from, int to) throws Damaged {
        verify(buf, from, to);
        return parseVerified(buf, from, to);
    }

    /** Checks the framing and checksum of {@code buf[from, to)}, a line without its newline, on the raw bytes. */
    static void verify(byte[] buf, int from, int to) throws Damaged {
        int len = to - from;
        if (len < SUFFIX_LENGTH + 2 || buf[from] != '{') {
            throw new Damaged("not a journal line");
        }
        int keyAt = to - SUFFIX_LENGTH;
        for (int i = 0; i < CRC_KEY.length; i++) {
            if (buf[keyAt + i] != CRC_KEY[i]) {
                throw new Damaged("no checksum at the end of the line");
            }
        }
        if (buf[to - 2] != '"' || buf[to - 1] != '}') {
            throw new Damaged("no checksum at the end of the line");
        }
        long stored = parseHex(buf, keyAt + CRC_KEY.length);
        CRC32C crc = new CRC32C();
        crc.update(buf, from, keyAt - from);
        crc.update('}');
        if (crc.getValue() != stored) {
            throw new Damaged("checksum mismatch");
        }
    }

    /** Parses a line that {@link #verify} accepted. */
    static Parsed parseVerified(byte[] buf, int from, int to) throws Damaged {
        int len = to - from;
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(new String(buf, from, len, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw new Damaged("not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new Damaged("invalid JSON: " + e.getMessage());
        }
        JsonElement v = o.get("v");
        JsonElement type = o.get("type");
        JsonElement data = o.get("data");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()
                || type == null || !type.isJsonPrimitive() || data == null || !data.isJsonObject()) {
            throw new Damaged("missing v, type or data");
        }
        return new Parsed(v.getAsInt(), type.getAsString(), data.getAsJsonObject());
    }

    private static long parseHex(byte[] buf, int at) throws Damaged {
        long value = 0;
        for (int i = at; i < at + 8; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0) {
                throw new Damaged("malformed checksum");
            }
            value = value << 4 | d;
        }
        return value;
    }
}
