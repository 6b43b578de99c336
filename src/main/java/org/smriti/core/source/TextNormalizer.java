package org.smriti.core.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** An HTML tag such as {@code <sup>}, {@code </sup>} or {@code <br/>}; not an autolink like {@code <https://…>}. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)");
    private static final Pattern ESCAPED_PAREN = Pattern.compile("\\\\[()]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

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
        dropMatches(TAG, raw, dropped);
        Matcher link = LINK.matcher(raw);
        while (link.find()) {
            dropped[link.start()] = true;
            drop(dropped, link.end(1), link.end());
        }
        Matcher escaped = ESCAPED_PAREN.matcher(raw);
        while (escaped.find()) {
            dropped[escaped.start()] = true;
        }
        dropMatches(EMPHASIS, raw, dropped);

        StringBuilder out = new StringBuilder(raw.length());
        int[] offsets = new int[raw.length()];
        boolean inSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            if (dropped[i]) {
                continue;
            }
            char c = raw.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    offsets[out.length()] = i;
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            offsets[out.length()] = i;
            out.append(straighten(c));
        }
        return new Normalized(out.toString(), Arrays.copyOf(offsets, out.length()));
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

    private static void dropMatches(Pattern pattern, String raw, boolean[] dropped) {
        Matcher m = pattern.matcher(raw);
        while (m.find()) {
            drop(dropped, m.start(), m.end());
        }
    }

    private static void drop(boolean[] dropped, int from, int to) {
        Arrays.fill(dropped, from, to, true);
    }
}
