package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the names of military exercises. A name is a quoted phrase or up to four capitalised words that are
 * not generic ("Naval", "Joint", "Defence"…). It is an exercise's name when the sentence says so: "Malabar
 * (naval) exercise", "exercise ‘Veer Guardian’", "MILAN is a multilateral naval exercise", or a list after
 * "exercises" — "exercises namely, JIMEX (naval), SHINYUU Maitri (Air Force), and Dharma Guardian (Army)",
 * "exercises (Dharma Guardian, Veer Guardian, Milan)", "Exercises such as Malabar…". A name so recognised
 * anywhere in the note is an exercise wherever else the note mentions it.
 */
final class ExerciseFinder {

    private static final String ADJECTIVES = "(?:(?:naval|military|air|joint|bilateral|trilateral|multilateral"
            + "|maritime|fighter|army|annual|tri-service|war|field|training)\\s+){0,3}";
    private static final Pattern BEFORE_EXERCISE = Pattern.compile("(?i)\\s+" + ADJECTIVES + "exercises?\\b");
    private static final Pattern DEFINED_AS = Pattern.compile("(?i)\\s+(?:is|was)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?"
            + "exercise\\b");
    private static final Pattern AFTER_EXERCISE = Pattern.compile("(?i)\\bexercises?\\s+(?=[‘'\"“]?\\p{Lu})");
    private static final Pattern LIST = Pattern.compile("(?i)\\bexercises?\\b\\s*(?:\\(|:|,?\\s*(?:such\\s+as"
            + "|includes?|including|namely|like|viz\\.?)\\s*,?)\\s*");
    private static final Pattern ITEM_TAIL = Pattern.compile("(?:\\s+(?i:exercises?)\\b)?(?:\\s*\\([^()]{1,30}\\))?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*/\\s*");
    private static final String QUOTE_OPENERS = "‘'\"“";
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> GENERIC = Set.of("defence", "defense", "military", "naval", "navy", "army",
            "air", "force", "forces", "joint", "bilateral", "trilateral", "multilateral", "maritime", "exercise",
            "exercises", "tri-service", "coast", "guard", "service", "services", "annual", "regular", "key",
            "several", "various", "fighter", "war", "games", "drill", "drills", "recently", "earlier");

    private ExerciseFinder() {
    }

    /** The names a note's own sentences call exercises, each as written the first time. */
    static Set<String> names(List<Sentence> sentences) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Sentence s : sentences) {
            for (Range r : declared(s.text(), s.labelEnd())) {
                names.add(r.of(s.text()));
            }
        }
        return names;
    }

    /** Matches any of {@code names} as whole words, longest first; empty if there are none. */
    static Pattern mentions(Set<String> names) {
        if (names.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** Every mention of a known exercise in the sentence. */
    static List<Candidate> find(String text, Pattern mentions) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = mentions.matcher(text);
        while (m.find()) {
            found.add(new Candidate(m.start(), m.end(), SuggestionKind.EXERCISE, ""));
        }
        return found;
    }

    /**
     * Names the sentence itself calls exercises. A lead-in label ending in "exercises:" (ending at
     * {@code labelEnd}) introduces a sentence, not a list.
     */
    static List<Range> declared(String text, int labelEnd) {
        if (!text.toLowerCase(Locale.ROOT).contains("exercise")) {
            return List.of(); // every way of calling a name an exercise uses the word
        }
        List<Range> names = names(text);
        List<Range> exercises = new ArrayList<>();
        for (Range name : names) {
            int after = closingQuoteAfter(text, name.end());
            if (BEFORE_EXERCISE.matcher(text).region(after, text.length()).lookingAt()
                    || DEFINED_AS.matcher(text).region(after, text.length()).lookingAt()) {
                exercises.add(name);
            }
        }
        Matcher after = AFTER_EXERCISE.matcher(text);
        while (after.find()) {
            Range name = nameAt(text, after.end(), names);
            if (name != null) {
                exercises.add(name);
            }
        }
        Matcher list = LIST.matcher(text);
        while (list.find()) {
            if (list.end() == labelEnd) {
                continue;
            }
            exercises.addAll(items(text, list.end(), names));
        }
        return exercises;
    }

    /** The names listed from {@code from}: "A (naval), B exercise, ‘C’ and D (Army)". */
    private static List<Range> items(String text, int from, List<Range> names) {
        List<Range> items = new ArrayList<>();
        int at = from;
        while (true) {
            Range name = nameAt(text, at, names);
            if (name == null) {
                return items;
            }
            Matcher tail = ITEM_TAIL.matcher(text).region(closingQuoteAfter(text, name.end()), text.length());
            tail.lookingAt();
            Matcher separator = SEPARATOR.matcher(text).region(tail.end(), text.length());
            if (separator.lookingAt()) {
                items.add(name);
                at = separator.end();
                continue;
            }
            // The last item: "…and JIMEX improve interoperability" ends the list; "…and Coast Guard cooperation"
            // is not a name at all. Followed by a lower-case word, only an acronym or a quoted name is taken.
            boolean ends = tail.end() == text.length() || ".;)".indexOf(text.charAt(tail.end())) >= 0;
            String word = name.of(text);
            boolean strong = word.equals(word.toUpperCase(Locale.ROOT)) || name.start() > 0
                    && QUOTE_OPENERS.indexOf(text.charAt(name.start() - 1)) >= 0;
            if (ends || strong) {
                items.add(name);
            }
            return items;
        }
    }

    /** The name starting at {@code at} (after spaces, inside an opening quote), or null. */
    private static Range nameAt(String text, int at, List<Range> names) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at < text.length() && QUOTE_OPENERS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        for (Range name : names) {
            if (name.start() == at) {
                return name;
            }
        }
        return null;
    }

    private static int closingQuoteAfter(String text, int end) {
        return end < text.length() && "’'\"”".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    }

    /** Quoted phrases, and runs of up to four capitalised words with generic and stop words trimmed off. */
    private static List<Range> names(String text) {
        List<Range> names = new ArrayList<>();
        Matcher quoted = Lexicon.QUOTED.matcher(text);
        while (quoted.find()) {
            if (Lexicon.count(quoted.group(1)) <= MAX_NAME_WORDS) {
                names.add(new Range(quoted.start(1), quoted.end(1)));
            }
        }
        List<Token> tokens = Token.of(text);
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j).nextTo(tokens.get(j + 1), text)
                    && nameWord(tokens.get(j + 1))) {
                j++;
            }
            if (j - i + 1 <= MAX_NAME_WORDS) {
                names.add(new Range(tokens.get(i).start(), tokens.get(j).end()));
            }
            i = j + 1;
        }
        return names;
    }

    private static boolean nameWord(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return t.capital() && !GENERIC.contains(lower) && !Lexicon.isStop(lower);
    }
}
