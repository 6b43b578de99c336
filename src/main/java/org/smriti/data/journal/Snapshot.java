package org.smriti.data.journal;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.data.AtomicFiles;

/**
 * {@code snapshot.bin}: a disposable cache of what the first {@code journalBytes} bytes of the journal hold: the
 * state replayed from them and their events that are not about a card (settings changes, mock tests). A header
 * line ({@code smriti-snapshot} and {@code key=value} fields: format, the journal length and CRC-32C it covers,
 * the body's CRC-32C, the event types known when it was written) and a binary body. It is used only if every check
 * passes; otherwise the journal is replayed from the start.
 *
 * <p>Binary because start-up reads it: decoding a year of review histories as JSON cost more than the rest of
 * opening the journal.
 */
final class Snapshot {

    static final String FILE_NAME = "snapshot.bin";
    /** Where format 1, all JSON, was kept; deleted when a new snapshot is written. */
    static final String FORMER_FILE_NAME = "snapshot.json";
    private static final String MAGIC = "smriti-snapshot";
    private static final int FORMAT = 2;
    /** Bump when {@link ProgressState#apply} changes meaning, so old snapshots are rebuilt. */
    private static final int STATE_VERSION = 1;
    private static final CardState[] STATES = CardState.values();
    private static final Rating[] RATINGS = Rating.values();

    /** What {@link #load} found. */
    sealed interface Lookup {
    }

    /**
     * A snapshot that matches the journal: what its first {@code journalBytes} bytes hold.
     *
     * @param others the events that are not about a card, in journal order
     */
    record Loaded(ProgressState state, List<ProgressEvent> others, int journalBytes) implements Lookup {
    }

    /** There is no snapshot (a new folder, or too few events were ever appended for {@code close} to write one). */
    record Missing() implements Lookup {
    }

    /** A snapshot that cannot be used, and why; the journal is replayed from the start. */
    record Rejected(String reason) implements Lookup {
    }

    private Snapshot() {
    }

    static void write(Path file, ProgressState state, List<ProgressEvent> others, long journalBytes, long journalCrc,
            EventCodec codec) throws IOException {
        byte[] body = body(state, others, codec);
        CRC32C bodyCrc = new CRC32C();
        bodyCrc.update(body);
        String header = MAGIC + " format=" + FORMAT + " stateVersion=" + STATE_VERSION + " journalBytes=" + journalBytes
                + " journalCrc32c=" + Long.toHexString(journalCrc)
                + " bodyCrc32c=" + Long.toHexString(bodyCrc.getValue())
                + " eventTypes=" + String.join(",", codec.types());
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            out.write(head);
            out.write(body);
        });
        Files.deleteIfExists(file.resolveSibling(FORMER_FILE_NAME));
    }

    /** The snapshot if it is intact and covers a prefix of {@code journal}, else why not. */
    static Lookup load(Path file, byte[] journal, EventCodec codec) throws IOException {
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
            Map<String, String> h = header(new String(bytes, 0, nl, StandardCharsets.UTF_8));
            if (!String.valueOf(FORMAT).equals(h.get("format"))
                    || !String.valueOf(STATE_VERSION).equals(h.get("stateVersion"))) {
                return new Rejected("it was written by another version");
            }
            if (!String.join(",", codec.types()).equals(h.get("eventTypes"))) {
                return new Rejected("the known event types changed");
            }
            long covered = Long.parseLong(h.get("journalBytes"));
            if (covered < 0 || covered > journal.length || covered > 0 && journal[(int) covered - 1] != '\n') {
                return new Rejected("it covers " + covered + " bytes but the journal has " + journal.length);
            }
            CRC32C crc = new CRC32C();
            crc.update(journal, 0, (int) covered);
            if (!Long.toHexString(crc.getValue()).equals(h.get("journalCrc32c"))) {
                return new Rejected("the journal it covers has changed");
            }
            CRC32C bodyCrc = new CRC32C();
            bodyCrc.update(bytes, nl + 1, bytes.length - nl - 1);
            if (!Long.toHexString(bodyCrc.getValue()).equals(h.get("bodyCrc32c"))) {
                return new Rejected("its content is damaged (checksum mismatch)");
            }
            ByteBuffer body = ByteBuffer.wrap(bytes, nl + 1, bytes.length - nl - 1);
            ProgressState state = readCards(body);
            List<ProgressEvent> others = readOthers(body, codec);
            if (body.hasRemaining()) {
                return new Rejected("it has trailing data");
            }
            return new Loaded(state, others, (int) covered);
        } catch (RuntimeException e) {
            // Any malformation makes the cache useless; the caller rebuilds from the journal.
            return new Rejected("it could not be parsed: " + e);
        }
    }

    /**
     * The header's {@code key=value} fields, read by hand rather than with a JSON parser: a start with a snapshot
     * would otherwise load Gson for this one line.
     */
    private static Map<String, String> header(String line) {
        String[] words = line.split(" ");
        if (!words[0].equals(MAGIC)) {
            throw new IllegalArgumentException("not a snapshot header");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("a header field without a value: " + words[i]);
            }
            fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return fields;
    }

    private static byte[] body(ProgressState state, List<ProgressEvent> others, EventCodec codec) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buf);
        out.writeInt(state.cards().size());
        for (Map.Entry<String, CardProgress> e : state.cards().entrySet()) {
            CardProgress p = e.getValue();
            writeString(out, e.getKey());
            out.writeBoolean(p.bookmarked());
            out.writeBoolean(p.suspended());
            out.writeBoolean(p.card().isPresent());
            if (p.card().isPresent()) {
                writeCard(out, p.card().get());
            }
            List<ReviewRecord> history = p.history();
            out.writeInt(history.size());
            for (ReviewRecord r : history) {
                writeInstant(out, r.at());
                out.writeByte(r.rating().ordinal());
                out.writeLong(r.durationMillis());
                out.writeByte(r.stateBefore().ordinal());
                out.writeByte(r.stateAfter().ordinal());
            }
        }
        out.writeInt(others.size());
        for (ProgressEvent e : others) {
            writeString(out, codec.typeOf(e));
            writeString(out, codec.encode(e).toString());
        }
        out.flush();
        return buf.toByteArray();
    }

    private static ProgressState readCards(ByteBuffer in) {
        int count = in.getInt();
        Map<String, CardProgress> cards = new HashMap<>();
        for (int c = 0; c < count; c++) {
            String id = readString(in);
            boolean bookmarked = readBoolean(in);
            boolean suspended = readBoolean(in);
            Card card = readBoolean(in) ? readCard(in) : null;
            int reviews = in.getInt();
            List<ReviewRecord> history = new ArrayList<>(Math.min(reviews, in.remaining()));
            for (int i = 0; i < reviews; i++) {
                history.add(new ReviewRecord(readInstant(in), RATINGS[in.get()], in.getLong(), STATES[in.get()],
                        STATES[in.get()]));
            }
            cards.put(id, CardProgress.of(card, bookmarked, suspended, history));
        }
        return ProgressState.of(cards);
    }

    private static List<ProgressEvent> readOthers(ByteBuffer in, EventCodec codec) {
        int count = in.getInt();
        List<ProgressEvent> others = new ArrayList<>(Math.min(count, in.remaining()));
        for (int i = 0; i < count; i++) {
            String type = readString(in);
            others.add(codec.decode(type, JsonParser.parseString(readString(in)).getAsJsonObject()));
        }
        return others;
    }

    private static void writeCard(DataOutputStream out, Card card) throws IOException {
        out.writeByte(card.state().ordinal());
        writeInstant(out, card.due());
        out.writeDouble(card.stability());
        out.writeDouble(card.difficulty());
        out.writeInt(card.scheduledDays());
        out.writeInt(card.learningStep());
        out.writeInt(card.reps());
        out.writeInt(card.lapses());
        out.writeBoolean(card.lastReview() != null);
        if (card.lastReview() != null) {
            writeInstant(out, card.lastReview());
        }
    }

    private static Card readCard(ByteBuffer in) {
        CardState state = STATES[in.get()];
        Instant due = readInstant(in);
        double stability = in.getDouble();
        double difficulty = in.getDouble();
        int scheduledDays = in.getInt();
        int learningStep = in.getInt();
        int reps = in.getInt();
        int lapses = in.getInt();
        Instant lastReview = readBoolean(in) ? readInstant(in) : null;
        return new Card(state, due, stability, difficulty, scheduledDays, learningStep, reps, lapses, lastReview);
    }

    private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    private static Instant readInstant(ByteBuffer in) {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("a string of " + length + " bytes with " + in.remaining() + " left");
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static boolean readBoolean(ByteBuffer in) {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new IllegalStateException("not a boolean: " + b);
        }
        return b == 1;
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
