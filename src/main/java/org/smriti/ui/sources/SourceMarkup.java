package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a note's markdown-ish text into blocks of styled runs for a plain reader view (no web engine):
 * headings, bullets and paragraphs; {@code **bold**}; links shown as their text; HTML tags dropped. Every
 * shown character keeps its offset in the raw text, so a quote located in the raw text can be highlighted.
 */
final class SourceMarkup {

    enum Kind { HEADING, BULLET, SUB_BULLET, PARAGRAPH }

    /** A stretch of shown text; {@code rawOffsets[i]} is where shown character i sits in the raw text. */
    record Run(String text, boolean bold, int[] rawOffsets) {
        int rawStart() {
            return rawOffsets[0];
        }

        int rawEnd() {
            return rawOffsets[rawOffsets.length - 1] + 1;
        }
    }

    record Block(Kind kind, int level, List<Run> runs) {
        String plainText() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-•*])\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private SourceMarkup() {
    }

    static List<Block> parse(String raw) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = raw.length();
            }
            String line = raw.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                blocks.add(block(line, lineStart));
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    private static Block block(String line, int offset) {
        Matcher h = HEADING.matcher(line);
        if (h.find()) {
            return new Block(Kind.HEADING, h.group(1).length(), runs(line, offset, h.end()));
        }
        Matcher b = BULLET.matcher(line);
        if (b.find()) {
            Kind kind = b.group(1).isEmpty() ? Kind.BULLET : Kind.SUB_BULLET;
            return new Block(kind, 0, runs(line, offset, b.end()));
        }
        return new Block(Kind.PARAGRAPH, 0, runs(line, offset, 0));
    }

    /** Inline markup of one line from {@code from}: bold toggles, links and tags, escaped brackets. */
    private static List<Run> runs(String line, int offset, int from) {
        boolean[] hidden = new boolean[line.length()];
        for (int i = 0; i < from; i++) {
            hidden[i] = true;
        }
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            hideRange(hidden, link.start(), link.start(1));
            hideRange(hidden, link.end(1), link.end());
        }
        Matcher tag = TAG.matcher(line);
        while (tag.find()) {
            hideRange(hidden, tag.start(), tag.end());
        }
        for (int i = 0; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '\\' && (line.charAt(i + 1) == '(' || line.charAt(i + 1) == ')')) {
                hidden[i] = true;
            }
        }
        List<Run> runs = new ArrayList<>();
        boolean bold = false;
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[line.length()];
        int i = Math.max(0, from);
        while (i < line.length()) {
            if (!hidden[i] && line.startsWith("**", i)) {
                flush(runs, text, offsets, bold);
                bold = !bold;
                i += 2;
                continue;
            }
            if (!hidden[i]) {
                char c = line.charAt(i);
                offsets[text.length()] = offset + i;
                text.append(c == '\t' ? ' ' : c);
            }
            i++;
        }
        flush(runs, text, offsets, bold);
        return runs;
    }

    private static void hideRange(boolean[] hidden, int start, int end) {
        for (int i = start; i < end; i++) {
            hidden[i] = true;
        }
    }

    /** Ends the run collected in {@code text}, whose raw offsets are the first of {@code offsets}. */
    private static void flush(List<Run> runs, StringBuilder text, int[] offsets, boolean bold) {
        if (text.length() == 0) {
            return;
        }
        runs.add(new Run(text.toString(), bold, Arrays.copyOf(offsets, text.length())));
        text.setLength(0);
    }
}
