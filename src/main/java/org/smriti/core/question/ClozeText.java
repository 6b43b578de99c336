package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Anki's cloze syntax: {@code {{c1::answer}}} or {@code {{c1::answer::hint}}}. One text with deletions numbered
 * 1, 2, … gives one card per number; on card {@code n} the deletions numbered {@code n} are blanked and the
 * others are shown, as in Anki.
 *
 * @param parts the text cut into plain runs and deletions, in order
 */
public record ClozeText(List<Part> parts) {

    /** How a blank looks when it has no hint, as in Anki. */
    public static final String BLANK = "[…]";

    public ClozeText {
        parts = List.copyOf(parts);
    }

    /** A run of the text: plain, or a deletion. */
    public sealed interface Part permits Plain, Deletion {
    }

    public record Plain(String text) implements Part {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param hint shown in the blank instead of {@link #BLANK}, or {@code null} */
    public record Deletion(int number, String answer, String hint) implements Part {
        public Deletion {
            Objects.requireNonNull(answer, "answer");
        }

        /** What the blank shows: {@code [hint]} or {@code […]}. */
        public String blank() {
            return hint == null ? BLANK : "[" + hint + "]";
        }
    }

    /**
     * Reads a cloze text. Never fails: a malformed deletion stays plain text; {@link #problems} says what is
     * wrong with it.
     */
    public static ClozeText parse(String text) {
        // The cards of one cloze note share its text: each card's constructor and screen parses it, so the last
        // text parsed is kept (it is immutable) and a sibling's parse is a look-up.
        Parsed last = lastParsed;
        if (last != null && last.text() == text) {
            return last.parsed();
        }
        ClozeText parsed = parseAnew(text);
        lastParsed = new Parsed(text, parsed);
        return parsed;
    }

    private record Parsed(String text, ClozeText parsed) {
    }

    private static volatile Parsed lastParsed;

    private static ClozeText parseAnew(String text) {
        // Scanned as characters, not with String's searches: start-up parses every own cloze note, interpreted.
        char[] chars = text.toCharArray();
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (int start = opening(chars, 0); start >= 0; ) {
            Found found = deletionAt(text, chars, start);
            if (found == null) {
                start = opening(chars, start + 1);
                continue;
            }
            if (start > at) {
                parts.add(new Plain(text.substring(at, start)));
            }
            parts.add(found.deletion());
            at = found.end();
            start = opening(chars, at);
        }
        if (at < chars.length) {
            parts.add(new Plain(text.substring(at)));
        }
        return new ClozeText(parts);
    }

    /** A deletion and the index just past its closing braces. */
    private record Found(Deletion deletion, int end) {
    }

    /** The index of the first {@code {{c} at or after {@code from}, or -1. */
    private static int opening(char[] chars, int from) {
        for (int at = from; at + 2 < chars.length; at++) {
            if (chars[at] == '{' && chars[at + 1] == '{' && chars[at + 2] == 'c') {
                return at;
            }
        }
        return -1;
    }

    /**
     * The deletion starting at {@code text[start]}, which is {@code {{c}, if one does: what the pattern
     * {@code \{\{c(\d{1,3})::(R)(?:::(R))?}}} matches there, where {@code R} is the shortest run of characters
     * none of which starts {@code {{} or {@code }}}. Neither an answer nor a hint may hold {@code {{} or
     * {@code }}}: a stray one makes the deletion plain text. Hand-written because start-up reads every own cloze
     * card, and the regular expression cost more than the rest of checking the card.
     */
    private static Found deletionAt(String text, char[] chars, int start) {
        int i = start + 3;
        while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') {
            i++;
        }
        int digits = i - start - 3;
        if (digits < 1 || digits > 3 || !pair(chars, i, ':')) {
            return null;
        }
        int number = Integer.parseInt(text, start + 3, i, 10);
        int answerFrom = i + 2;
        for (int at = answerFrom; at < chars.length; at++) {
            if (pair(chars, at, ':')) {
                int close = closingBraces(chars, at + 2);
                if (close >= 0) {
                    String hint = text.substring(at + 2, close);
                    return new Found(new Deletion(number, text.substring(answerFrom, at), hint.isBlank() ? null : hint),
                            close + 2);
                }
            }
            if (pair(chars, at, '}')) {
                return new Found(new Deletion(number, text.substring(answerFrom, at), null), at + 2);
            }
            if (pair(chars, at, '{')) {
                return null;
            }
        }
        return null;
    }

    /** The index of the first {@code }}} at or after {@code from}, or -1 if a {@code {{} or the end comes first. */
    private static int closingBraces(char[] chars, int from) {
        for (int at = from; at < chars.length; at++) {
            if (pair(chars, at, '}')) {
                return at;
            }
            if (pair(chars, at, '{')) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code c} is at {@code at} and {@code at + 1}. */
    private static boolean pair(char[] chars, int at, char c) {
        return at + 1 < chars.length && chars[at] == c && chars[at + 1] == c;
    }

    /** What is wrong with {@code text} as a cloze, in words for the person who typed it; empty if nothing. */
    public static List<String> problems(String text) {
        return parse(text).problems();
    }

    /** What is wrong with this text as a cloze, in words for the person who typed it; empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (numbers().isEmpty()) {
            problems.add("has no cloze deletion: mark the answer as {{c1::answer}}");
        }
        for (Part p : parts) {
            if (p instanceof Deletion d) {
                if (d.number() < 1) {
                    problems.add("c" + d.number() + ": cloze numbers start at 1");
                }
                if (d.answer().isBlank()) {
                    problems.add("c" + d.number() + ": the deletion is empty");
                }
            } else if (p instanceof Plain plain && (plain.text().contains("{{") || plain.text().contains("}}"))) {
                problems.add("unbalanced braces near \"" + shorten(plain.text()) + "\": write {{c1::answer}}");
            }
        }
        return problems;
    }

    /** Whether a deletion has this number, i.e. there is a card {@code number}. */
    public boolean hasDeletion(int number) {
        for (Part p : parts) {
            if (p instanceof Deletion d && d.number() == number) {
                return true;
            }
        }
        return false;
    }

    /** The distinct deletion numbers, ascending: one card each. */
    public SortedSet<Integer> numbers() {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (Part p : parts) {
            if (p instanceof Deletion d) {
                numbers.add(d.number());
            }
        }
        return numbers;
    }

    /** The front of card {@code number}: its deletions blanked, every other deletion shown as its answer. */
    public String front(int number) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Deletion d) {
                out.append(d.number() == number ? d.blank() : d.answer());
            } else {
                out.append(((Plain) p).text());
            }
        }
        return out.toString();
    }

    /** The whole text with every deletion shown as its answer. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p instanceof Deletion d ? d.answer() : ((Plain) p).text());
        }
        return out.toString();
    }

    /** The answers card {@code number} asks for, in text order, joined by "; ". */
    public String answer(int number) {
        List<String> answers = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Deletion d && d.number() == number) {
                answers.add(d.answer());
            }
        }
        return String.join("; ", answers);
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 30 ? t : t.substring(0, 29) + "…";
    }
}
