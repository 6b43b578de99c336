package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smriti.core.source.Span;
import org.smriti.core.source.TextNormalizer;

/**
 * Cuts a note into the sentences cards can be made from. Lines are grouped into blocks as a markdown reader
 * would: a heading ({@code #}), a bullet or numbered item, a paragraph (a line that does not end a sentence
 * continues on the next one when that starts in lower case or the line is long), a table. Left out, because
 * an examiner asks nothing from them: headings; layout labels ("For Prelims:", "Why in News?", "Source:",
 * "GS2 – …", answer options "(a) …", "Q1. …"); short unpunctuated lines, title-case lines and "Label: a, b, c"
 * lists (the notes' plain-text headings and tag lists); lines ending in a colon; questions; table headers and
 * rules; fragments under four words; and a sentence already seen earlier in the note.
 */
final class NoteSentences {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s|$)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*+▪◦‣]|\\d{1,3}[.)])\\s+");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|");
    private static final Pattern TABLE_RULE =
            Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern LABEL_LINE = Pattern.compile("^(?:(?:For\\s+)?(?:Prelims|Mains)\\b|Why in News\\b"
            + "|Sources?\\s*:|PDF\\s+Ref\\w*\\s+URL|Ans(?:wer)?\\s*[:.\\-]|(?:Drishti\\s+)?Mains\\s+Questions?"
            + "|GS\\s*-?\\s*(?:Paper\\s*)?[1-4IV]+\\b|Tags?\\s*:|Related\\s+\\w+|Q\\d*\\s*[.:)]|\\([a-dA-D]\\)\\s)",
            Pattern.CASE_INSENSITIVE);
    /** "Economic Ties: A significant test…": a short lead-in naming the topic of what follows. */
    private static final Pattern LEAD_LABEL = Pattern.compile("^([^:.!?;]{2,60}?):\\s+(?=\\S)");
    /** What follows a label that is defined: "A plurilateral framework…", "Promotes…", "Launched in 2024…". */
    private static final Pattern DEFINITION = Pattern.compile("(?:An?\\s|\\p{Lu}\\p{Ll}+(?:s|ed)\\b)");
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_HEADING_WORDS = 8;
    private static final int MIN_SENTENCE_WORDS = 4;

    private final String note;
    /** The whole note under the bank's comparison rule, once: each block's text is a stretch of it. */
    private final TextNormalizer.Normalized normalized;
    private final List<Sentence> sentences = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private NoteSentences(String note) {
        this.note = note;
        this.normalized = TextNormalizer.normalizeWithOffsets(note);
    }

    static List<Sentence> of(String note) {
        NoteSentences cut = new NoteSentences(note);
        cut.read();
        return cut.sentences;
    }

    private void read() {
        int blockStart = -1;
        int blockEnd = -1;
        String previous = "";
        List<int[]> table = new ArrayList<>();
        int pos = 0;
        while (pos <= note.length()) {
            int eol = note.indexOf('\n', pos);
            if (eol < 0) {
                eol = note.length();
            }
            String line = note.substring(pos, eol);
            boolean tableRow = TABLE_ROW.matcher(line).find();
            if (!tableRow && !table.isEmpty()) {
                table(table);
                table.clear();
            }
            Matcher bullet = BULLET.matcher(line);
            if (line.isBlank() || HEADING.matcher(line).find() || tableRow || bullet.find()
                    || blockStart < 0 || !continues(previous, line)) {
                if (blockStart >= 0) {
                    prose(blockStart, blockEnd);
                    blockStart = -1;
                }
                if (tableRow) {
                    table.add(new int[] {pos, eol});
                } else if (!line.isBlank() && !HEADING.matcher(line).find()) {
                    blockStart = pos + (bullet.find(0) ? bullet.end() : 0);
                }
            }
            blockEnd = eol;
            previous = line;
            pos = eol + 1;
        }
        if (blockStart >= 0) {
            prose(blockStart, blockEnd);
        }
        if (!table.isEmpty()) {
            table(table);
        }
    }

    /**
     * Whether a plain line continues the paragraph whose last line is {@code previous}, as hard-wrapped text
     * does: the previous line does not end a sentence or a label, and this one starts in lower case or the
     * previous one is too long to be a heading.
     */
    private static boolean continues(String previous, String line) {
        String open = previous.strip();
        if (Lexicon.terminated(open) || open.endsWith(":")) {
            return false;
        }
        return Character.isLowerCase(line.strip().charAt(0)) || Lexicon.count(open) >= MAX_HEADING_WORDS;
    }

    private void prose(int start, int end) {
        Plain block = plain(start, end);
        String text = block.text();
        if (text.isEmpty() || skipped(text)) {
            return;
        }
        int labelEnd = 0;
        Matcher label = LEAD_LABEL.matcher(text);
        if (label.lookingAt() && Lexicon.count(label.group(1)) <= MAX_LABEL_WORDS
                && !Character.isLowerCase(text.charAt(0))) {
            labelEnd = label.end();
        }
        boolean subject = labelEnd > 0 && DEFINITION.matcher(text).region(labelEnd, text.length()).lookingAt();
        List<Range> emphasis = emphasis(block, start, end);
        for (Range r : SentenceSplitter.split(text)) {
            String sentence = r.of(text);
            if (sentence.endsWith("?") || Lexicon.count(sentence) < MIN_SENTENCE_WORDS || !seen.add(sentence)) {
                continue;
            }
            int ownLabel = r.start() == 0 && labelEnd < r.end() ? labelEnd : 0;
            List<Range> bold = new ArrayList<>();
            for (Range e : emphasis) {
                if (e.overlaps(r)) {
                    bold.add(new Range(Math.max(e.start(), r.start()) - r.start(),
                            Math.min(e.end(), r.end()) - r.start()));
                }
            }
            sentences.add(new Sentence(sentences.size(), sentence, sentence, block.span(r), ownLabel,
                    ownLabel > 0 && subject, bold, List.of()));
        }
    }

    /** Whether a whole block is a heading, a label or a list of tags rather than prose. */
    private static boolean skipped(String text) {
        if (LABEL_LINE.matcher(text).lookingAt() || text.replaceAll("[*_\\s]+$", "").endsWith(":")) {
            return true;
        }
        return !Lexicon.terminated(text) && (Lexicon.count(text) <= MAX_HEADING_WORDS || Lexicon.titleCase(text)
                || LEAD_LABEL.matcher(text).lookingAt());
    }

    /** The bold stretches of a block, paired {@code **}/{@code __} markers, in the block's plain text. */
    private List<Range> emphasis(Plain block, int start, int end) {
        List<Range> ranges = new ArrayList<>();
        Matcher marker = EMPHASIS.matcher(note).region(start, end);
        int open = -1;
        while (marker.find()) {
            if (open < 0) {
                open = marker.end();
                continue;
            }
            int from = block.indexAtOrAfter(open);
            int to = block.indexAtOrAfter(marker.start());
            if (to > from) {
                ranges.add(new Range(from, to));
            }
            open = -1;
        }
        return ranges;
    }

    /** A table: each body row is a sentence about its first cell, labelled by the header when there is one. */
    private void table(List<int[]> lines) {
        boolean header = lines.size() >= 2
                && TABLE_RULE.matcher(note.substring(lines.get(1)[0], lines.get(1)[1])).matches();
        List<String> headers = header ? cells(lines.get(0)) : List.of();
        for (int i = header ? 2 : 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            if (!TABLE_RULE.matcher(note.substring(line[0], line[1])).matches()) {
                row(line, cells(line), headers);
            }
        }
    }

    private void row(int[] line, List<String> cells, List<String> headers) {
        if (cells.isEmpty() || cells.get(0).isEmpty() || cells.stream().filter(c -> !c.isEmpty()).count() < 2) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Sentence.Cell> asked = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            String head = c < headers.size() ? headers.get(c) : "";
            if (text.length() > 0) {
                text.append(headers.isEmpty() ? " | " : "; ");
            }
            if (!head.isEmpty()) {
                text.append(head).append(": ");
            }
            int from = text.length();
            text.append(cells.get(c));
            if (c > 0) {
                asked.add(new Sentence.Cell(new Range(from, text.length()), head));
            }
        }
        Plain whole = plain(line[0], line[1]);
        if (seen.add(whole.text())) {
            sentences.add(new Sentence(sentences.size(), text.toString(), whole.text(),
                    whole.span(new Range(0, whole.text().length())), 0, false, List.of(), asked));
        }
    }

    /** The plain text of each cell of a table line, outer pipes dropped; {@code \|} is not a separator. */
    private List<String> cells(int[] line) {
        List<Integer> pipes = new ArrayList<>();
        for (int i = line[0]; i < line[1]; i++) {
            if (note.charAt(i) == '|' && (i == line[0] || note.charAt(i - 1) != '\\')) {
                pipes.add(i);
            }
        }
        List<String> cells = new ArrayList<>();
        int from = line[0];
        for (int i = 0; i <= pipes.size(); i++) {
            int to = i < pipes.size() ? pipes.get(i) : line[1];
            boolean outer = (i == 0 && note.substring(from, to).isBlank())
                    || (i == pipes.size() && note.substring(from, to).isBlank());
            if (!outer) {
                cells.add(plain(from, to).text());
            }
            from = to + 1;
        }
        return cells;
    }

    /**
     * Characters {@code start} to {@code end} of the note with markup removed by the bank's comparison rule, but
     * each character as the note writes it (curly quotes stay curly), white space runs as one space, trimmed.
     */
    private Plain plain(int start, int end) {
        String flat = normalized.text();
        int from = firstAtOrAfter(normalized::rawOffset, flat.length(), start);
        int to = firstAtOrAfter(normalized::rawOffset, flat.length(), end);
        while (from < to && flat.charAt(from) == ' ') {
            from++;
        }
        while (to > from && flat.charAt(to - 1) == ' ') {
            to--;
        }
        StringBuilder text = new StringBuilder(to - from);
        int[] offsets = new int[to - from];
        for (int i = from; i < to; i++) {
            int at = normalized.rawOffset(i);
            text.append(flat.charAt(i) == ' ' ? ' ' : note.charAt(at));
            offsets[i - from] = at;
        }
        return new Plain(text.toString(), offsets);
    }

    /** The first of {@code size} characters whose note offset, rising, is {@code offset} or later; size if none. */
    private static int firstAtOrAfter(IntUnaryOperator noteOffsetOf, int size, int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (noteOffsetOf.applyAsInt(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A stretch of plain text; {@code offsets[i]} is where character {@code i} is in the note. */
    private record Plain(String text, int[] offsets) {

        Span span(Range r) {
            return new Span(offsets[r.start()], offsets[r.end() - 1] + 1);
        }

        /** The first character at or after note offset {@code noteOffset}; the text's length if none. */
        int indexAtOrAfter(int noteOffset) {
            return firstAtOrAfter(i -> offsets[i], offsets.length, noteOffset);
        }
    }
}
