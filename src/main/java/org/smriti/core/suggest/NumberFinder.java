package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates, years, figures and ordinals in a sentence.
 *
 * <p>A figure's blank is the whole quantity — currency, number, scale word and unit: "{{c1::$21.96 billion}}",
 * "{{c1::5 trillion yen}}", "{{c1::360 kmph}}". Leaving "$" and "billion" outside would turn the card into a
 * test of digits while giving away the magnitude, which is the fact an examiner asks about; the hint says what
 * kind of figure is wanted ("amount", "speed"). A count keeps its noun outside ("{{c1::13::number}} key
 * agreements"): the noun says what is counted. An amount followed by its conversion in brackets, "10 trillion
 * yen (USD 68 billion)", is one fact and one blank. Words of approximation ("around", "~") stay outside.
 */
final class NumberFinder {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String YEAR = "(?:1[6-9]|20)\\d\\d";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /** Not glued to a word, a number, a currency sign or a range: "FY2020", "US-2", "+91", "7,000". */
    private static final String FREE = "(?<![\\p{L}\\p{N}$₹€£¥.,+\\-–/])";
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{2,3})+|\\d+)(?:\\.\\d+)?";
    private static final String SCALE = "(?i:thousand|lakhs?|crores?|million|billion|trillion|bn|mn|cr)\\b";
    private static final String CURRENCY_BEFORE = "(?:US\\$|USD|INR|JPY|Rs\\.?|₹|\\$|€|£|¥)";
    private static final String CURRENCY_AFTER = "(?i:yen|dollars?|rupees?|euros?|pounds?)\\b";
    private static final String UNIT = "(?:%|(?i:per\\s?cent|percent|km/h|km/hr|kmph|kms?|kilomet(?:re|er)s?|miles?"
            + "|metres?|meters?|tonnes?|tons?|kg|hectares?|sq\\.?\\s?km|knots)\\b|MW\\b|GW\\b|kW\\b|GWh\\b|MMT\\b|°C)";
    private static final String COUNTING = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|hundred";
    private static final String ORDINAL_WORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|fifteenth|twentieth";
    private static final String SUPERLATIVE = "largest|biggest|oldest|highest|lowest|smallest|longest|most|least"
            + "|top|busiest|leading";

    /** Where a rule's match can start: a number, a word, or a currency sign. */
    private enum Anchor { NUMBER, WORD, SIGN }

    private record Rule(Set<Anchor> anchors, Pattern pattern, SuggestionKind kind, String hint) {
        Rule(Anchor anchor, String regex, SuggestionKind kind, String hint) {
            this(EnumSet.of(anchor), Pattern.compile(regex), kind, hint);
        }

        Rule(Anchor anchor, Anchor other, String regex, SuggestionKind kind, String hint) {
            this(EnumSet.of(anchor, other), Pattern.compile(regex), kind, hint);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Anchor.WORD, "\\b" + MONTH + "\\s" + DAY + ",?\\s+" + YEAR + "(?!\\d)", SuggestionKind.DATE,
                    "date"),
            new Rule(Anchor.NUMBER, FREE + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)",
                    SuggestionKind.DATE, "date"),
            new Rule(Anchor.WORD, "\\b" + MONTH + ",?\\s+" + YEAR + "(?!\\d)", SuggestionKind.DATE, "month and year"),
            new Rule(Anchor.WORD, "\\bFY\\s?(?:" + YEAR + "|\\d\\d)(?:\\s?[-–/]\\s?\\d{2,4})?(?!\\d)",
                    SuggestionKind.YEAR, "financial year"),
            new Rule(Anchor.NUMBER, FREE + YEAR + "\\s?[-–]\\s?(?:" + YEAR + "|\\d\\d)(?![\\p{L}\\p{N}])",
                    SuggestionKind.YEAR, "years"),
            new Rule(Anchor.NUMBER, FREE + YEAR + "(?![\\p{L}\\p{N}%]|[.,]\\d|\\s?(?:" + SCALE + "|" + UNIT + "))",
                    SuggestionKind.YEAR, "year"),
            new Rule(Anchor.NUMBER, FREE + YEAR + "s\\b", SuggestionKind.YEAR, "decade"),
            new Rule(Anchor.SIGN, Anchor.WORD, FREE + CURRENCY_BEFORE + "\\s?" + NUMBER + "(?:\\s?" + SCALE + ")?",
                    SuggestionKind.FIGURE, "amount"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "\\s?(?:" + SCALE + "\\s)?" + CURRENCY_AFTER, SuggestionKind.FIGURE,
                    "amount"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?:%|(?i:per\\s?cent|percent)\\b)", SuggestionKind.FIGURE,
                    "per cent"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?i:km/h|km/hr|kmph|knots)\\b", SuggestionKind.FIGURE,
                    "speed"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?i:kms?|kilomet(?:re|er)s?|miles?|metres?|meters?)\\b",
                    SuggestionKind.FIGURE, "distance"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?:MW|GW|kW|GWh)\\b", SuggestionKind.FIGURE, "capacity"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?:(?i:tonnes?|tons?|kg)\\b|MMT\\b)", SuggestionKind.FIGURE,
                    "quantity"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "[\\s-]?(?i:hectares?|sq\\.?\\s?km)\\b", SuggestionKind.FIGURE,
                    "area"),
            new Rule(Anchor.NUMBER, FREE + NUMBER + "\\s" + SCALE, SuggestionKind.FIGURE, "number"),
            new Rule(Anchor.NUMBER, Anchor.WORD, "(?i:\\b(?:\\d+|" + COUNTING + ")-?fold\\b)", SuggestionKind.FIGURE,
                    "times"),
            new Rule(Anchor.NUMBER, FREE + "\\d\\+\\d(?![\\p{L}\\p{N}])", SuggestionKind.FIGURE, "format"),
            new Rule(Anchor.NUMBER, FREE + "\\d+(?:st|nd|rd|th)\\b", SuggestionKind.ORDINAL, ""),
            new Rule(Anchor.WORD, "(?i:\\b(?:" + ORDINAL_WORD + ")\\b)(?=[-\\s](?i:" + SUPERLATIVE + ")\\b)",
                    SuggestionKind.ORDINAL, ""),
            new Rule(Anchor.WORD, "(?i:\\b(?:" + ORDINAL_WORD.replace("first|", "") + ")\\b)(?=\\s\\p{Lu})",
                    SuggestionKind.ORDINAL, ""));

    /** A number followed by what it counts: "13 key agreements", "54,000-strong", "1,400 Japanese companies". */
    private static final Pattern COUNT = Pattern.compile(FREE + "(" + NUMBER + ")(?:-strong)?\\s+(\\p{L}+)");
    /** A number word counting something; "the two countries" names a pair already known, so it is left out. */
    private static final Pattern COUNT_WORD = Pattern.compile(
            "(?<!\\b(?i:the|these|those|its|their|our|all|both)\\s)\\b(?i:(" + COUNTING + "))\\s+(\\p{L}+)");
    private static final Pattern NOT_COUNTED = Pattern.compile("(?i:" + MONTH + "|" + SCALE + "|" + UNIT
            + "|" + CURRENCY_AFTER + "|times|fold|years?|st|nd|rd|th)");
    private static final Pattern CONVERSION = Pattern.compile("\\s?\\(([^()]{1,40})\\)");
    /** Characters that glue a number to what precedes it, as {@link #FREE} says. */
    private static final String GLUE = "$₹€£¥.,+-–/";
    private static final String SIGNS = "$₹€£¥";
    /** Lower-case words a rule can start with: months, "fy", currency codes, number and ordinal words. */
    private static final Set<String> WORDS = Set.of(("january february march april may june july august september "
            + "october november december jan feb mar apr jun jul aug sept sep oct nov dec fy us usd inr jpy rs "
            + COUNTING.replace('|', ' ') + " " + ORDINAL_WORD.replace('|', ' ')).split(" "));

    /** At least as long as any of {@link #WORDS} and "hundredfold". */
    private static final int LONGEST_WORD = 13;

    private NumberFinder() {
    }

    /**
     * The dates, years, figures and ordinals of {@code text}. Each rule is tried only where its match can start —
     * a number not glued to a word, a currency sign, or one of {@link #WORDS} — which is what keeps a long note
     * fast: the rules are not scanned across every character.
     */
    static List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean start = !Character.isLetterOrDigit(before);
            if (Character.isDigit(c) && start && GLUE.indexOf(before) < 0) {
                match(Anchor.NUMBER, text, i, matchers, found);
                count(COUNT, text, i, found);
            } else if (SIGNS.indexOf(c) >= 0) {
                match(Anchor.SIGN, text, i, matchers, found);
            } else if (Character.isLetter(c) && start) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = end - i <= LONGEST_WORD ? text.substring(i, end).toLowerCase(Locale.ROOT) : "";
                if (WORDS.contains(word) || word.endsWith("fold")) {
                    match(Anchor.WORD, text, i, matchers, found);
                    count(COUNT_WORD, text, i, found);
                }
            }
        }
        return mergeConversions(text, found);
    }

    /** Tries the rules that can start at an anchor; each rule's matcher is made once per text. */
    private static void match(Anchor anchor, String text, int at, Matcher[] matchers, List<Candidate> found) {
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if (rule.anchors().contains(anchor)) {
                if (matchers[r] == null) {
                    matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[r].region(at, text.length());
                if (m.lookingAt()) {
                    found.add(new Candidate(m.start(), m.end(), rule.kind(), rule.hint()));
                }
            }
        }
    }

    /** A matcher starting at {@code at} that still sees the text before it, for the rules' look-behinds. */
    private static Matcher at(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * A count starting at {@code at}: the number (group 1) and the word after it (group 2). "The Three Principles
     * for Transfer…" is a name, not a count: a capitalised counted word is taken only at the sentence's start.
     */
    private static void count(Pattern pattern, String text, int at, List<Candidate> found) {
        Matcher m = at(pattern, text, at);
        if (!m.lookingAt() || !counted(m.group(2))) {
            return;
        }
        boolean digits = pattern == COUNT;
        boolean nameLike = digits ? afterName(text, at) : Character.isUpperCase(m.group(2).charAt(0)) && at > 0;
        if (!nameLike) {
            found.add(new Candidate(m.start(1), m.end(1), SuggestionKind.FIGURE, "number"));
        }
    }

    private static boolean counted(String word) {
        return !Lexicon.isStop(word) && !NOT_COUNTED.matcher(word).matches();
    }

    /**
     * Whether the number is part of a name, as in "Phase 2 works": right after a capitalised word that is not a
     * stop word and does not begin the sentence or follow a colon ("Corporate Presence: Approximately 1,400…").
     */
    private static boolean afterName(String text, int at) {
        int end = at - 1;
        if (end <= 0 || text.charAt(end) != ' ') {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        boolean opening = start == 0 || text.substring(0, start).stripTrailing().endsWith(":");
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !Lexicon.isStop(word) && !opening;
    }

    /** "10 trillion yen (USD 68 billion)": an amount and its conversion in brackets become one blank. */
    private static List<Candidate> mergeConversions(String text, List<Candidate> found) {
        List<Candidate> merged = new ArrayList<>(found);
        for (Candidate amount : found) {
            if (!amount.hint().equals("amount")) {
                continue;
            }
            Matcher bracket = CONVERSION.matcher(text).region(amount.end(), text.length());
            if (!bracket.lookingAt()) {
                continue;
            }
            for (Candidate inner : found) {
                boolean inBracket = inner.start() == bracket.start(1) && inner.end() == bracket.end(1);
                if (inner.hint().equals("amount") && inBracket) {
                    merged.add(new Candidate(amount.start(), bracket.end(), SuggestionKind.FIGURE, "amount"));
                }
            }
        }
        return merged;
    }
}
