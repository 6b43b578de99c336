package org.smriti.core.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bank's rule for comparing a question's quote with its source document (question-bank/README.md):
 * HTML tags are dropped (their text kept), links {@code [text](url)} become {@code text}, {@code \(} and
 * {@code \)} become {@code (} {@code )}, {@code **} and {@code __} are removed, curly quotes become straight
 * ones and every run of white space (non-breaking spaces included) becomes one space. The markup rules are
 * matched on the original text, left to right.
 *
 * <p>Normalization only deletes characters, replaces one character by one, or collapses runs, so each
 * normalized character remembers the raw offset it came from; that lets a match be reported as a raw
 * {@link Span} for highlighting.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Normalized text plus, for each of its characters, the offset in the raw text it comes from. */
    public static final class Normalized {
        private final String text;
        private final int[] rawOffsets;

        private Normalized(String text, int[] rawOffsets) {
            this.text = text;
            this.rawOffsets = rawOffsets;
        }

        public String text() {
            return text;
        }

        /** The offset in the raw text of normalized character {@code index}. */
        public int rawOffset(int index) {
            return rawOffsets[index];
        }

        /** The raw span covering normalized characters {@code start} (inclusive) to {@code end} (exclusive). */
        public Span rawSpan(int start, int end) {
            if (start < 0 || end > text.length() || start >= end) {
                throw new IllegalArgumentException("bad range " + start + ".." + end + " of " + text.length());
            }
            return new Span(rawOffsets[start], rawOffsets[end - 1] + 1);
        }

        /** Where {@code quote} appears, as a raw span, under the bank's comparison rule. */
        public Optional<Span> locate(String quote) {
            String needle = normalizeQuote(quote);
            if (needle.isEmpty()) {
                return Optional.empty();
            }
            int at = text.indexOf(needle);
            return at < 0 ? Optional.empty() : Optional.of(rawSpan(at, at + needle.length()));
        }
    }

    public static String normalize(String raw) {
        return normalizeWithOffsets(raw).text();
    }

    public static Normalized normalizeWithOffsets(String raw) {
        boolean[] dropped = new boolean[raw.length()];
        dropTags(raw, dropped);
        dropLinkMarkup(raw, dropped);
        for (int at = raw.indexOf('\\'); at >= 0; at = raw.indexOf('\\', at + 1)) {
            if (at + 1 < raw.length() && (raw.charAt(at + 1) == '(' || raw.charAt(at + 1) == ')')) {
                dropped[at] = true;
            }
        }
        dropPairs(raw, "**", dropped);
        dropPairs(raw, "__", dropped);

        // Arrays rather than a StringBuilder and charAt: this loop runs over every character of every note at start-up.
        char[] in = raw.toCharArray();
        char[] out = new char[in.length];
        int[] offsets = new int[in.length];
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (dropped[i]) {
                continue;
            }
            boolean plain = c > ' ' && c < 0x7F; // printable ASCII: neither white space nor a curly quote
            if (!plain && isSpace(c)) {
                if (!inSpace) {
                    offsets[length] = i;
                    out[length++] = ' ';
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            offsets[length] = i;
            out[length++] = plain ? c : straighten(c);
        }
        return new Normalized(new String(out, 0, length), Arrays.copyOf(offsets, length));
    }

    /** The normalized quote without leading or trailing white space; empty if nothing is left. */
    public static String normalizeQuote(String quote) {
        return normalize(quote).strip();
    }

    /**
     * Finds the first place {@code quote} appears in {@code rawDoc} under the comparison rule, as a raw span.
     * An empty quote is never found.
     */
    public static Optional<Span> locate(String rawDoc, String quote) {
        return normalizeWithOffsets(rawDoc).locate(quote);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char straighten(char c) {
        switch (c) {
            case '\u2018':
            case '\u2019':
                return '\'';
            case '\u201C':
            case '\u201D':
                return '"';
            default:
                return c;
        }
    }

    /**
     * Drops every HTML tag such as {@code <sup>}, {@code </sup>} or {@code <br/>}, but not an autolink like
     * {@code <https://…>}: what the pattern {@code </?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>} finds, left to
     * right. Hand-written, as are the other rules, because start-up normalizes every note and regular
     * expressions made that the costliest step of a start with many notes.
     */
    private static void dropTags(String raw, boolean[] dropped) {
        for (int at = raw.indexOf('<'); at >= 0; ) {
            int end = tagEnd(raw, at);
            if (end > 0) {
                drop(dropped, at, end);
            }
            at = raw.indexOf('<', end > 0 ? end : at + 1);
        }
    }

    /** The end of the tag starting at {@code raw[at] == '<'}, or -1 if none starts there. */
    private static int tagEnd(String raw, int at) {
        int n = raw.length();
        int i = at + 1;
        if (i < n && raw.charAt(i) == '/') {
            i++;
        }
        if (i >= n || !isAsciiLetter(raw.charAt(i))) {
            return -1;
        }
        i++;
        while (i < n && (isAsciiLetter(raw.charAt(i)) || isAsciiDigit(raw.charAt(i)))) {
            i++;
        }
        if (i < n && isRegexSpace(raw.charAt(i))) {
            // Attributes: anything but angle brackets, up to the closing '>' (which may follow a '/').
            while (i < n && raw.charAt(i) != '<' && raw.charAt(i) != '>') {
                i++;
            }
            return i < n && raw.charAt(i) == '>' ? i + 1 : -1;
        }
        if (i < n && raw.charAt(i) == '/') {
            i++;
        }
        return i < n && raw.charAt(i) == '>' ? i + 1 : -1;
    }

    /**
     * A link {@code [text](url)} keeps only its text: what {@code \[([^\[\]]*)\]\([^()\s]*\)} finds, left to
     * right; its opening bracket and everything from the closing bracket on are dropped.
     */
    private static void dropLinkMarkup(String raw, boolean[] dropped) {
        int n = raw.length();
        for (int at = raw.indexOf('['); at >= 0; ) {
            int close = at + 1;
            while (close < n && raw.charAt(close) != '[' && raw.charAt(close) != ']') {
                close++;
            }
            int end = -1;
            if (close + 1 < n && raw.charAt(close) == ']' && raw.charAt(close + 1) == '(') {
                int i = close + 2;
                while (i < n && raw.charAt(i) != '(' && raw.charAt(i) != ')' && !isRegexSpace(raw.charAt(i))) {
                    i++;
                }
                end = i < n && raw.charAt(i) == ')' ? i + 1 : -1;
            }
            if (end > 0) {
                dropped[at] = true;
                drop(dropped, close, end);
            }
            at = raw.indexOf('[', end > 0 ? end : at + 1);
        }
    }

    /** Drops each {@code pair} ({@code **} or {@code __}), pairing from the left: {@code ***} loses its first two. */
    private static void dropPairs(String raw, String pair, boolean[] dropped) {
        for (int at = raw.indexOf(pair); at >= 0; at = raw.indexOf(pair, at + 2)) {
            drop(dropped, at, at + 2);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space as {@code \s} in a regular expression means it: ASCII only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void drop(boolean[] dropped, int from, int to) {
        Arrays.fill(dropped, from, to, true);
    }
}
