package org.smriti.core.suggest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers shared by the finders: counting words, stop words, title case, sentence ends. */
final class Lexicon {

    /** A quoted phrase that starts with a capital or a digit: ‘Veer Guardian’, 'Gati Shakti'; group 1 is inside. */
    static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])[‘'\"“]"
            + "([\\p{Lu}\\p{N}][^‘’'\"“”]{0,58}?)[’'\"”](?![\\p{L}\\p{N}])");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-+&./]*");
    /** What {@link #WORD} allows inside a word besides letters and digits. */
    private static final String INNER = "'’-+&./";

    /** Function words: never a blank on their own, never what a number counts. */
    static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also", "am",
            "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either",
            "etc", "even", "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
            "just", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now",
            "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per",
            "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until",
            "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your");

    /** Small words a title leaves in lower case. */
    private static final Set<String> TITLE_SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "of", "on", "or", "the", "to", "vs", "with", "&");

    private Lexicon() {
    }

    /** The words of {@code text}, as {@link #WORD} finds them; a loop, because it runs on every sentence. */
    static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                n += inWord ? 0 : 1;
                inWord = true;
            } else if (!inWord || INNER.indexOf(c) < 0) {
                inWord = false;
            }
        }
        return n;
    }

    static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether every word of {@code text} is a stop word (or it has no word at all). */
    static boolean allStop(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!isStop(m.group())) {
                return false;
            }
        }
        return true;
    }

    /** Whether most words that a title would capitalise are capitalised, as in "Evolution of Bilateral Ties". */
    static boolean titleCase(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int capitalised = 0;
        while (m.find()) {
            String w = m.group();
            if (TITLE_SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (!Character.isLowerCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return words > 0 && capitalised * 5 >= words * 4;
    }

    /** Whether the text ends a sentence: {@code . ! ?} possibly followed by closing quotes or brackets. */
    static boolean terminated(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'’”)]*_".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }
}
