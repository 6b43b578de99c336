package org.smriti.data.journal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.data.AtomicFiles;
import org.smriti.data.json.CardJson;
import org.smriti.data.json.JsonFields;

/**
 * {@code snapshot.json}: a disposable cache of the state replayed from the first {@code journalBytes} bytes of
 * the journal. Two lines: a header (format, the journal length and CRC-32C it covers, the event types known when
 * it was written, the body's CRC-32C) and the body (the cards). It is used only if every check passes; otherwise
 * the journal is replayed from the start.
 */
final class Snapshot {

    static final String FILE_NAME = "snapshot.json";
    private static final int FORMAT = 1;
    /** Bump when {@link ProgressState#apply} changes meaning, so old snapshots are rebuilt. */
    private static final int STATE_VERSION = 1;

    /** What {@link #load} found. */
    sealed interface Lookup {
    }

    /** A snapshot that matches the journal: the state after its first {@code journalBytes} bytes. */
    record Loaded(ProgressState state, int journalBytes) implements Lookup {
    }

    /** There is no snapshot (a new folder, or too few events were ever appended for {@code close} to write one). */
    record Missing() implements Lookup {
    }

    /** A snapshot that cannot be used, and why; the journal is replayed from the start. */
    record Rejected(String reason) implements Lookup {
    }

    private Snapshot() {
    }

    static void write(Path file, ProgressState state, long journalBytes, long journalCrc, Set<String> types)
            throws IOException {
        byte[] body = body(state);
        CRC32C bodyCrc = new CRC32C();
        bodyCrc.update(body);
        JsonObject header = new JsonObject();
        header.addProperty("format", FORMAT);
        header.addProperty("stateVersion", STATE_VERSION);
        header.addProperty("journalBytes", journalBytes);
        header.addProperty("journalCrc32c", Long.toHexString(journalCrc));
        header.addProperty("eventTypes", String.join(",", types));
        header.addProperty("bodyCrc32c", Long.toHexString(bodyCrc.getValue()));
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            out.write(head);
            out.write(body);
        });
    }

    /** The snapshot if it is intact and covers a prefix of {@code journal}, else why not. */
    static Lookup load(Path file, byte[] journal, Set<String> types) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Missing();
        }
        int nl = indexOf(bytes, (byte) '\n');
        if (nl < 0) {
            return new Rejected("it has no header line (truncated)");
        }
        try {
            JsonObject h = JsonParser.parseString(new String(bytes, 0, nl, StandardCharsets.UTF_8)).getAsJsonObject();
            if (JsonFields.int32(h, "format") != FORMAT || JsonFields.int32(h, "stateVersion") != STATE_VERSION) {
                return new Rejected("it was written by another version");
            }
            if (!JsonFields.string(h, "eventTypes").equals(String.join(",", types))) {
                return new Rejected("the known event types changed");
            }
            long covered = JsonFields.integer(h, "journalBytes");
            if (covered < 0 || covered > journal.length || covered > 0 && journal[(int) covered - 1] != '\n') {
                return new Rejected("it covers " + covered + " bytes but the journal has " + journal.length);
            }
            CRC32C crc = new CRC32C();
            crc.update(journal, 0, (int) covered);
            if (!Long.toHexString(crc.getValue()).equals(JsonFields.string(h, "journalCrc32c"))) {
                return new Rejected("the journal it covers has changed");
            }
            CRC32C bodyCrc = new CRC32C();
            bodyCrc.update(bytes, nl + 1, bytes.length - nl - 1);
            if (!Long.toHexString(bodyCrc.getValue()).equals(JsonFields.string(h, "bodyCrc32c"))) {
                return new Rejected("its content is damaged (checksum mismatch)");
            }
            return new Loaded(readBody(bytes, nl + 1), (int) covered);
        } catch (RuntimeException | IOException e) {
            // Any malformation makes the cache useless; the caller rebuilds from the journal.
            return new Rejected("it could not be parsed: " + e);
        }
    }

    private static byte[] body(ProgressState state) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8);
        JsonWriter out = new JsonWriter(w);
        out.beginArray();
        for (Map.Entry<String, CardProgress> e : state.cards().entrySet()) {
            CardProgress p = e.getValue();
            out.beginObject();
            out.name("id").value(e.getKey());
            if (p.card().isPresent()) {
                out.name("card").jsonValue(CardJson.toJson(p.card().get()).toString());
            }
            out.name("bookmarked").value(p.bookmarked());
            out.name("suspended").value(p.suspended());
            out.name("history").beginArray();
            for (ReviewRecord r : p.history()) {
                out.beginArray().value(r.at().toString()).value(r.rating().grade()).value(r.durationMillis())
                        .value(r.stateBefore().ordinal()).value(r.stateAfter().ordinal()).endArray();
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
        out.flush();
        w.write('\n');
        w.flush();
        return buf.toByteArray();
    }

    private static ProgressState readBody(byte[] bytes, int from) throws IOException {
        Rating[] ratings = Rating.values();
        CardState[] states = CardState.values();
        Map<String, CardProgress> cards = new HashMap<>();
        try (JsonReader in = new JsonReader(new InputStreamReader(
                new ByteArrayInputStream(bytes, from, bytes.length - from), StandardCharsets.UTF_8))) {
            in.beginArray();
            while (in.hasNext()) {
                String id = null;
                Card card = null;
                boolean bookmarked = false;
                boolean suspended = false;
                List<ReviewRecord> history = new ArrayList<>();
                in.beginObject();
                while (in.hasNext()) {
                    switch (in.nextName()) {
                        case "id":
                            id = in.nextString();
                            break;
                        case "card":
                            card = CardJson.fromJson(JsonParser.parseReader(in).getAsJsonObject());
                            break;
                        case "bookmarked":
                            bookmarked = in.nextBoolean();
                            break;
                        case "suspended":
                            suspended = in.nextBoolean();
                            break;
                        case "history":
                            in.beginArray();
                            while (in.hasNext()) {
                                in.beginArray();
                                history.add(new ReviewRecord(JsonFields.parseInstant(in.nextString()),
                                        ratings[in.nextInt() - 1], in.nextLong(), states[in.nextInt()],
                                        states[in.nextInt()]));
                                in.endArray();
                            }
                            in.endArray();
                            break;
                        default:
                            throw new IOException("unexpected field in snapshot at " + in.getPath());
                    }
                }
                in.endObject();
                if (id == null) {
                    throw new IOException("a card without id in snapshot at " + in.getPath());
                }
                cards.put(id, CardProgress.of(card, bookmarked, suspended, history));
            }
            in.endArray();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("trailing data in snapshot");
            }
        }
        return ProgressState.of(cards);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
