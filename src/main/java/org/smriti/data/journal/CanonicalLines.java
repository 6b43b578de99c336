package org.smriti.data.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.data.json.JsonFields;

/**
 * Decodes the card events (review, undo, bookmark, suspend, reset) straight from a journal line's bytes, but only
 * in the exact form {@link JournalLines#encode} and {@link EventCodec#standard()} write: fields in that order, no
 * whitespace, no escapes, canonical instants. Anything else (an older or hand-edited line, another event type, a
 * value the event rejects) is "not canonical" and the caller takes the general JSON path, which also gives the
 * error messages. This skips Gson's tree (a map per JSON object, a String per line), the largest cost of a full
 * replay from a cold JVM.
 */
final class CanonicalLines {

    /** Thrown to abandon the fast path; shared and stackless because it is control flow, not an error. */
    private static final class NotCanonical extends Exception {
        NotCanonical() {
            super("not in canonical form", null, false, false);
        }
    }

    private static final NotCanonical NOT_CANONICAL = new NotCanonical();

    private static final byte[] HEAD = ascii("{\"v\":1,\"type\":\"");
    private static final byte[] DATA = ascii("\",\"data\":{\"questionId\":\"");
    private static final byte[] AT = ascii(",\"at\":\"");
    private static final byte[] RATING = ascii(",\"rating\":\"");
    private static final byte[] DURATION = ascii(",\"durationMillis\":");
    private static final byte[] BEFORE = ascii(",\"before\":{\"state\":\"");
    private static final byte[] AFTER = ascii(",\"after\":{\"state\":\"");
    private static final byte[] RESTORED = ascii(",\"restored\":{\"state\":\"");
    private static final byte[] ON = ascii(",\"on\":");
    private static final byte[] DUE = ascii(",\"due\":\"");
    private static final byte[] STABILITY = ascii(",\"stability\":");
    private static final byte[] DIFFICULTY = ascii(",\"difficulty\":");
    private static final byte[] SCHEDULED_DAYS = ascii(",\"scheduledDays\":");
    private static final byte[] LEARNING_STEP = ascii(",\"learningStep\":");
    private static final byte[] REPS = ascii(",\"reps\":");
    private static final byte[] LAPSES = ascii(",\"lapses\":");
    private static final byte[] LAST_REVIEW = ascii(",\"lastReview\":\"");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final Rating[] RATINGS = Rating.values();
    private static final byte[][] RATING_NAMES = lowerNames(RATINGS);
    private static final CardState[] STATES = CardState.values();
    private static final byte[][] STATE_NAMES = lowerNames(STATES);

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};
    private static final int EXACT_DIGITS = 15;

    private final byte[] buf;
    private final int end;
    private final Text text = new Text();
    private int pos;

    /** A reusable view of part of the line as characters, so that reading an instant allocates no String. */
    private final class Text implements CharSequence {
        int from;
        int length;

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (buf[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int stop) {
            return toString().subSequence(start, stop);
        }

        @Override
        public String toString() {
            return new String(buf, from, length, StandardCharsets.ISO_8859_1);
        }
    }

    private CanonicalLines(byte[] buf, int from, int end) {
        this.buf = buf;
        this.pos = from;
        this.end = end;
    }

    /**
     * The event on {@code buf[from, to)}, a line whose checksum {@link JournalLines#verify} has accepted, or
     * {@code null} if the line is not a card event in canonical form.
     */
    static ProgressEvent decode(byte[] buf, int from, int to) {
        // The data object closes just before the checksum member, which verify() found at a fixed distance.
        CanonicalLines in = new CanonicalLines(buf, from, to - JournalLines.SUFFIX_LENGTH);
        try {
            ProgressEvent e = in.event();
            in.expect((byte) '}');
            return in.pos == in.end ? e : null;
        } catch (NotCanonical e) {
            return null;
        } catch (IllegalArgumentException rejected) {
            return null; // e.g. a negative duration: the general path reports it with the question's id
        }
    }

    private ProgressEvent event() throws NotCanonical {
        expect(HEAD);
        int typeFrom = pos;
        skipTo((byte) '"');
        int typeTo = pos;
        expect(DATA);
        String questionId = string();
        expect(AT);
        Instant at = instant();
        if (is(typeFrom, typeTo, "review")) {
            expect(RATING);
            Rating rating = oneOf(RATINGS, RATING_NAMES);
            expect(DURATION);
            long duration = wholeNumber();
            expect(BEFORE);
            Card before = card();
            expect(AFTER);
            return new ReviewEvent(questionId, rating, at, duration, before, card());
        } else if (is(typeFrom, typeTo, "undo")) {
            expect(RESTORED);
            return new UndoEvent(questionId, at, card());
        } else if (is(typeFrom, typeTo, "bookmark")) {
            expect(ON);
            return new BookmarkEvent(questionId, bool(), at);
        } else if (is(typeFrom, typeTo, "suspend")) {
            expect(ON);
            return new SuspendEvent(questionId, bool(), at);
        } else if (is(typeFrom, typeTo, "reset")) {
            return new ResetEvent(questionId, at);
        }
        throw NOT_CANONICAL;
    }

    /** A card object after its opening {@code {"state":"}, up to and including its closing brace. */
    private Card card() throws NotCanonical {
        CardState state = oneOf(STATES, STATE_NAMES);
        expect(DUE);
        Instant due = instant();
        expect(STABILITY);
        double stability = number();
        expect(DIFFICULTY);
        double difficulty = number();
        expect(SCHEDULED_DAYS);
        int scheduledDays = int32();
        expect(LEARNING_STEP);
        int learningStep = int32();
        expect(REPS);
        int reps = int32();
        expect(LAPSES);
        int lapses = int32();
        Instant lastReview = null; // CardJson leaves the field out for a card never reviewed
        if (pos < end && buf[pos] == ',') {
            expect(LAST_REVIEW);
            lastReview = instant();
        }
        expect((byte) '}');
        return new Card(state, due, stability, difficulty, scheduledDays, learningStep, reps, lapses, lastReview);
    }

    /** The rest of a string after its opening quote; escapes and control characters are left to Gson. */
    private String string() throws NotCanonical {
        int from = pos;
        skipTo((byte) '"');
        String s = new String(buf, from, pos - from, StandardCharsets.UTF_8);
        pos++;
        return s;
    }

    private Instant instant() throws NotCanonical {
        int from = pos;
        skipTo((byte) '"');
        text.from = from;
        text.length = pos - from;
        Instant i = JsonFields.parseCanonicalInstant(text);
        if (i == null) {
            throw NOT_CANONICAL;
        }
        pos++;
        return i;
    }

    /** Moves to the next {@code stop} byte on this line; fails on an escape or a control character first. */
    private void skipTo(byte stop) throws NotCanonical {
        while (pos < end && buf[pos] != stop) {
            if (buf[pos] == '\\' || (buf[pos] >= 0 && buf[pos] < 0x20)) {
                throw NOT_CANONICAL;
            }
            pos++;
        }
        if (pos == end) {
            throw NOT_CANONICAL;
        }
    }

    /** {@code -?(0|[1-9][0-9]*)} with at most 18 digits, so it fits a long; 1e3 or 12.0 are left to Gson. */
    private long wholeNumber() throws NotCanonical {
        boolean negative = pos < end && buf[pos] == '-';
        if (negative) {
            pos++;
        }
        int from = pos;
        long v = 0;
        while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
            v = v * 10 + (buf[pos++] - '0');
        }
        int digits = pos - from;
        if (digits == 0 || digits > 18 || (digits > 1 && buf[from] == '0') || (pos < end && isNumberPart(buf[pos]))) {
            throw NOT_CANONICAL;
        }
        return negative ? -v : v;
    }

    private int int32() throws NotCanonical {
        long v = wholeNumber();
        if (v != (int) v) {
            throw NOT_CANONICAL;
        }
        return (int) v;
    }

    /**
     * A strict JSON number, with the value Gson gives it ({@link Double#parseDouble} of its text, correctly
     * rounded). A plain decimal of at most 15 digits is computed directly: its digits and the power of ten are
     * exact doubles, so one correctly rounded division gives that same value without making a String.
     */
    private double number() throws NotCanonical {
        int from = pos;
        boolean negative = pos < end && buf[pos] == '-';
        if (negative) {
            pos++;
        }
        int intDigits = digits();
        if (intDigits == 0 || (intDigits > 1 && buf[pos - intDigits] == '0')) {
            throw NOT_CANONICAL;
        }
        int fractionDigits = 0;
        int fractionAt = pos + 1;
        if (pos < end && buf[pos] == '.') {
            pos++;
            fractionDigits = digits();
            if (fractionDigits == 0) {
                throw NOT_CANONICAL;
            }
        }
        boolean exponent = pos < end && (buf[pos] == 'e' || buf[pos] == 'E');
        if (exponent) {
            pos++;
            if (pos < end && (buf[pos] == '+' || buf[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw NOT_CANONICAL;
            }
        }
        if (pos < end && isNumberPart(buf[pos])) {
            throw NOT_CANONICAL;
        }
        double d;
        if (!exponent && intDigits + fractionDigits <= EXACT_DIGITS) {
            int intAt = negative ? from + 1 : from;
            long mantissa = accumulate(accumulate(0, intAt, intAt + intDigits), fractionAt, fractionAt + fractionDigits);
            d = mantissa / POWERS_OF_TEN[fractionDigits];
            d = negative ? -d : d;
        } else {
            d = Double.parseDouble(new String(buf, from, pos - from, StandardCharsets.ISO_8859_1));
        }
        if (!Double.isFinite(d)) {
            throw NOT_CANONICAL;
        }
        return d;
    }

    private long accumulate(long value, int from, int to) {
        for (int i = from; i < to; i++) {
            value = value * 10 + (buf[i] - '0');
        }
        return value;
    }

    private int digits() {
        int from = pos;
        while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
            pos++;
        }
        return pos - from;
    }

    private static boolean isNumberPart(byte b) {
        return b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
    }

    private boolean bool() throws NotCanonical {
        if (startsWith(TRUE)) {
            pos += TRUE.length;
            return true;
        }
        expect(FALSE);
        return false;
    }

    /** A constant written in lower case, as {@link JsonFields#lower} does, and its closing quote. */
    private <E extends Enum<E>> E oneOf(E[] values, byte[][] names) throws NotCanonical {
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i];
            if (startsWith(name) && pos + name.length < end && buf[pos + name.length] == '"') {
                pos += name.length + 1;
                return values[i];
            }
        }
        throw NOT_CANONICAL;
    }

    private void expect(byte[] literal) throws NotCanonical {
        if (!startsWith(literal)) {
            throw NOT_CANONICAL;
        }
        pos += literal.length;
    }

    private void expect(byte b) throws NotCanonical {
        if (pos >= end || buf[pos] != b) {
            throw NOT_CANONICAL;
        }
        pos++;
    }

    private boolean startsWith(byte[] literal) {
        if (end - pos < literal.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (buf[pos + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean is(int from, int to, String ascii) {
        if (to - from != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] lowerNames(Enum<?>[] values) {
        byte[][] names = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = ascii(JsonFields.lower(values[i]));
        }
        return names;
    }
}
