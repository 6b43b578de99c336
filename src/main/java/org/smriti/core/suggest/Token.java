package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.List;

/** A word of a sentence: letters and digits, with inner hyphens, dots, {@code + & /} ("India-Japan", "2.0", "R&D"). */
record Token(int start, int end, String text) {

    private static final String INNER = "-+&/.";

    static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            if (!Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < sentence.length()
                    && (Character.isLetterOrDigit(sentence.charAt(i)) || INNER.indexOf(sentence.charAt(i)) >= 0)) {
                i++;
            }
            int end = i;
            while (end > start + 1 && ".-/".indexOf(sentence.charAt(end - 1)) >= 0) {
                end--;
            }
            tokens.add(new Token(start, end, sentence.substring(start, end)));
        }
        return tokens;
    }

    boolean capital() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean number() {
        return Character.isDigit(text.charAt(0));
    }

    /**
     * All letters capitals and at least two of them, or a capital and digits: "JIMEX", "ISRO-JAXA", "G20"; not
     * an abbreviation with dots ("U.S").
     */
    boolean acronym() {
        if (text.indexOf('.') >= 0) {
            return false;
        }
        int capitals = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            digits += Character.isDigit(c) ? 1 : 0;
        }
        return capital() && (capitals >= 2 || digits > 0);
    }

    /** Whether only a single space separates this token from {@code next}. */
    boolean nextTo(Token next, String sentence) {
        return next.start == end + 1 && sentence.charAt(end) == ' ';
    }
}
