package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smriti.core.source.Span;
import org.smriti.core.source.TextNormalizer;

/**
 * What the reader shows of a note, line by line (a heading, a bullet, a paragraph), with each shown character tied
 * to the place in the raw text it comes from. The reader's selections, sentences and search matches are found on
 * the shown text and handed on as raw {@link Span}s, which is what quotes, highlights and suggestions use.
 */
final class ReaderText {

    /** Search stops counting here: more matches than this mean the query is still too short to be useful. */
    static final int MAX_MATCHES = 2000;

    /**
     * One shown line.
     *
     * @param text  what the line shows, its bullet included
     * @param raw   for each character of {@code text}, its offset in the note, or -1 for the bullet
     * @param start where the line starts in the whole shown text (lines are joined by a line break)
     */
    record Line(SourceMarkup.Block block, String prefix, String text, int[] raw, int start) {

        int end() {
            return start + text.length();
        }

        int rawStart() {
            return raw[prefix.length()];
        }

        int rawEnd() {
            return raw[raw.length - 1] + 1;
        }
    }

    private final String raw;
    private final List<Line> lines = new ArrayList<>();
    private final String shown;
    private TextNormalizer.Normalized normalized;

    private ReaderText(String raw) {
        this.raw = raw;
        StringBuilder all = new StringBuilder();
        for (SourceMarkup.Block block : SourceMarkup.parse(raw)) {
            String prefix = switch (block.kind()) {
                case BULLET -> "•  ";
                case SUB_BULLET -> "◦  ";
                default -> "";
            };
            StringBuilder text = new StringBuilder(prefix);
            int length = prefix.length();
            for (SourceMarkup.Run run : block.runs()) {
                text.append(run.text());
                length += run.rawOffsets().length;
            }
            if (length == prefix.length()) {
                continue; // a line of markup only, such as an empty bullet
            }
            int[] offsets = new int[length];
            Arrays.fill(offsets, 0, prefix.length(), -1);
            int at = prefix.length();
            for (SourceMarkup.Run run : block.runs()) {
                System.arraycopy(run.rawOffsets(), 0, offsets, at, run.rawOffsets().length);
                at += run.rawOffsets().length;
            }
            if (all.length() > 0) {
                all.append('\n');
            }
            lines.add(new Line(block, prefix, text.toString(), offsets, all.length()));
            all.append(text);
        }
        shown = all.toString();
    }

    static ReaderText of(String raw) {
        return new ReaderText(raw);
    }

    String raw() {
        return raw;
    }

    List<Line> lines() {
        return lines;
    }

    /** The raw span of shown characters {@code from} to {@code to} (bullets and line breaks do not count). */
    Optional<Span> rawSpan(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = lineAt(from); i < lines.size() && lines.get(i).start() < to; i++) {
            Line line = lines.get(i);
            for (int c = Math.max(from, line.start()) - line.start(); c < Math.min(to, line.end()) - line.start(); c++) {
                if (line.raw()[c] >= 0 && !Character.isWhitespace(line.text().charAt(c))) {
                    first = first < 0 ? line.raw()[c] : first;
                    last = line.raw()[c];
                }
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new Span(first, last + 1));
    }

    /** Where a raw span shows in {@code line}: characters {@code [0]} to {@code [1]} of its text, or null if not. */
    static int[] localRange(Line line, Span span) {
        int from = -1;
        int to = -1;
        for (int c = line.prefix().length(); c < line.raw().length; c++) {
            int offset = line.raw()[c];
            if (offset >= span.start() && offset < span.end()) {
                from = from < 0 ? c : from;
                to = c + 1;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    /** The index of the first line ending after raw offset {@code rawOffset} (lines are in raw order). */
    int lineOfRaw(int rawOffset) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).rawEnd() <= rawOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The line holding shown character {@code index} (a line break belongs to the line it ends). */
    int lineAt(int index) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    /** Every place the shown text has {@code query}, ignoring case, as raw spans; at most {@link #MAX_MATCHES}. */
    List<Span> find(String query) {
        List<Span> matches = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return matches;
        }
        Matcher m = Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(shown);
        while (m.find() && matches.size() < MAX_MATCHES) {
            rawSpan(m.start(), m.end()).ifPresent(matches::add);
        }
        return matches;
    }

    /** The sentence of {@code line} around its character {@code index}, as a raw span; empty on a bullet. */
    Optional<Span> sentenceAt(Line line, int index) {
        int[] range = Sentences.around(line.text(), Math.max(index, line.prefix().length()));
        return rawSpan(line.start() + Math.max(range[0], line.prefix().length()), line.start() + range[1]);
    }

    /**
     * The passage a raw span quotes, as the note writes it: markup removed and white space runs made one space by
     * the bank's comparison rule, so that the note's {@code locate} finds it, trimmed.
     */
    String quote(Span span) {
        if (normalized == null) {
            normalized = TextNormalizer.normalizeWithOffsets(raw);
        }
        String flat = normalized.text();
        int from = firstAtOrAfter(span.start());
        int to = firstAtOrAfter(span.end());
        StringBuilder quote = new StringBuilder(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            // Each character as the note writes it (a curly quote stays curly); the rule compares them alike.
            quote.append(flat.charAt(i) == ' ' ? ' ' : raw.charAt(normalized.rawOffset(i)));
        }
        return quote.toString().strip();
    }

    private int firstAtOrAfter(int rawOffset) {
        int lo = 0;
        int hi = normalized.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (normalized.rawOffset(mid) < rawOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
