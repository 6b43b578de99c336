package org.smriti.ui.sources;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the sentence around a clicked character. The JDK's English sentence breaks, except after an initial
 * ("A. P. J. Abdul Kalam"), a dotted abbreviation ("U.S. Navy", "e.g. Japan") or a short title or unit written
 * with a full stop ("Dr. Jaishankar", "Rs. 500", "No. 7", "Sept. 10"), which UPSC notes use all the time.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "shri", "smt", "rs",
            "no", "nos", "st", "gen", "lt", "col", "capt", "govt", "vs", "viz", "approx", "art", "sec", "vol", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Sentences() {
    }

    /** Characters {@code [0]} to {@code [1]} of {@code text}: the sentence holding {@code index}, trimmed. */
    static int[] around(String text, int index) {
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        int at = Math.max(0, Math.min(index, text.length() - 1));
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        int end = breaks.following(at);
        int start = breaks.previous();
        while (start > 0 && afterAbbreviation(text, start)) {
            start = breaks.preceding(start);
        }
        while (end < text.length() && afterAbbreviation(text, end)) {
            end = breaks.following(end);
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** Whether the break at {@code boundary} follows a word that takes a full stop without ending a sentence. */
    private static boolean afterAbbreviation(String text, int boundary) {
        int dot = boundary - 1;
        while (dot >= 0 && Character.isWhitespace(text.charAt(dot))) {
            dot--;
        }
        if (dot < 0 || text.charAt(dot) != '.') {
            return false;
        }
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
