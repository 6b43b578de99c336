package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a paragraph (already one line, markup removed) into sentences. A sentence ends at {@code . ! ?} (closing
 * quotes and brackets included) followed by a space and a capital, a digit or an opening quote or bracket — but
 * not after an abbreviation: "Rs. 500", "No. 7", "U.S. Navy", "e.g. Japan", an initial as in "A. P. J. Abdul
 * Kalam", or a month as in "Sept. 10". A decimal ("21.96") has no space after its point, so never ends one.
 */
final class SentenceSplitter {

    /** Words that take a full stop and are usually followed by a capital or a number without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("rs", "re", "no", "nos", "mr", "mrs", "ms", "dr", "prof",
            "st", "sr", "jr", "gen", "lt", "col", "capt", "maj", "hon", "rep", "sen", "govt", "dept", "art", "sec",
            "cl", "fig", "vol", "pp", "p", "viz", "cf", "al", "vs", "v", "inc", "ltd", "co", "corp", "mt", "ft",
            "approx", "est", "min", "max", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    private static final String CLOSERS = "\"'’”)]*";
    private static final String OPENERS = "\"'‘“([*•";

    private SentenceSplitter() {
    }

    static List<Range> split(String text) {
        List<Range> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == text.length()) {
                break;
            }
            char first = text.charAt(next);
            boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0;
            if (!opens || (c == '.' && abbreviationBefore(text, i))) {
                continue;
            }
            add(sentences, text, start, end);
            start = next;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** Whether the word that the full stop at {@code dot} ends is an abbreviation or an initial. */
    private static boolean abbreviationBefore(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot);
        if (word.isEmpty() || (from > 0 && Character.isDigit(text.charAt(from - 1)))) {
            return false;
        }
        boolean dotted = word.indexOf('.') >= 0; // U.S., e.g., i.e.
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return dotted || initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Range> sentences, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Range(start, end));
        }
    }
}
