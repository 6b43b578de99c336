package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a sentence is about: schemes and other named undertakings ("Act East Policy", "‘Gati
 * Shakti’ initiative", "Production Linked Incentive schemes"), what an acronym in brackets stands for
 * ("Comprehensive Economic Partnership Agreement (CEPA)" — the words are the blank, the acronym stays as the
 * clue), acronyms standing alone ("LUPEX"), and phrases the note sets in bold or quotes.
 */
final class NameFinder {

    /** Last words that make a capitalised phrase the name of a scheme, body or undertaking. */
    private static final Set<String> NAMED = Set.of("initiative", "initiatives", "scheme", "schemes", "programme",
            "program", "mission", "policy", "partnership", "agreement", "mechanism", "dialogue", "forum", "corridor",
            "project", "vision", "framework", "alliance", "treaty", "declaration", "strategy", "plan", "track",
            "summit", "roadmap", "association", "conference", "act", "deal", "pact", "accord", "fund", "yojana",
            "abhiyan", "charter", "convention", "protocol", "academy", "organisation", "organization", "group",
            "network", "city", "talks", "exchange", "reactor", "agency", "bank", "council", "commission",
            "authority", "system", "coalition", "bill");
    /** Lower-case words after a name that make it a scheme's: "‘Gati Shakti’ initiative", "LUPEX mission". */
    private static final Set<String> NAMED_AFTER = Set.of("initiative", "initiatives", "scheme", "schemes",
            "programme", "programmes", "program", "programs", "mission", "project", "projects", "policy",
            "agreement", "corridor", "framework", "pact", "treaty", "deal", "platform", "dialogue", "summit",
            "system");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "in", "on", "to", "&", "de");
    /** Acronyms too common or too generic to be worth a card. */
    private static final Set<String> COMMON_ACRONYMS = Set.of("US", "USA", "UK", "UN", "EU", "PM", "IT", "AI",
            "GDP", "FY", "CEO", "UPSC", "PDF", "URL", "GS", "II", "III", "IV", "TV", "HQ", "MP", "NGO", "NGOS",
            "R&D", "IE", "TH", "OK", "UAE");
    /** Words of degree or praise: a bold phrase with one ("major contributing factors") is not a fact. */
    private static final Set<String> VAGUE = Set.of("major", "key", "significant", "important", "various",
            "several", "great", "greater", "strong", "stronger", "resilient", "mutually", "beneficial",
            "substantial", "growing", "better", "enhanced", "further", "more", "overall", "broader", "deeper",
            "closer", "many", "new");
    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\(([\\p{Lu}][\\p{L}\\p{N}&\\-]{1,11})\\)");
    private static final Pattern QUALIFIED = Pattern.compile(".*-(?:led|based|backed|funded|level|run|owned|wide"
            + "|specific|related|linked)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile(" (?:\\([^()]{1,12}\\) )?(\\p{Ll}+)");
    private static final int MAX_EXTRA_WORDS = 2;
    private static final int MAX_EMPHASIS_WORDS = 6;

    /** Tokens {@code first} to {@code last} (inclusive) of a sentence. */
    private record Run(int first, int last) {
    }

    private NameFinder() {
    }

    static List<Candidate> find(Sentence sentence) {
        String text = sentence.text();
        List<Token> tokens = Token.of(text);
        List<Run> runs = runs(text, tokens, sentence.labelEnd());
        List<Candidate> found = new ArrayList<>();
        List<Run> expanded = expansions(text, tokens, runs, found);
        runs.removeAll(expanded);
        schemes(text, tokens, runs, found);
        acronyms(text, tokens, found);
        quoted(text, found);
        emphasis(sentence, found);
        return found;
    }

    /** Capitalised runs: "Special Strategic and Global Partnership", "Digital Partnership 2.0". */
    private static List<Run> runs(String text, List<Token> tokens, int labelEnd) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capital() || QUALIFIED.matcher(tokens.get(i).text()).matches()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && joined(text, tokens.get(j), tokens.get(j + 1))
                    && runWord(tokens.get(j + 1)) && !endsName(tokens, i, j)) {
                j++;
            }
            int last = j;
            while (last > i && connector(tokens.get(last))) {
                last--;
            }
            int first = i;
            while (first < last && leading(tokens.get(first), first == 0 || tokens.get(first).start() == labelEnd)) {
                first++;
            }
            if (!connector(tokens.get(first)) && !Lexicon.isStop(tokens.get(first).text())) {
                runs.add(new Run(first, last));
            }
            i = j + 1;
        }
        return runs;
    }

    private static boolean joined(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals(" & ");
    }

    private static boolean runWord(Token t) {
        return (t.capital() || t.number() || connector(t)) && !QUALIFIED.matcher(t.text()).matches();
    }

    /**
     * "Act East Policy and Indo-Pacific Oceans Initiative", "Digital Partnership 2.0 and …" are two names: a run
     * whose last word (numbers aside) makes it a name ends before "and".
     */
    private static boolean endsName(List<Token> tokens, int first, int last) {
        if (!tokens.get(last + 1).text().equals("and")) {
            return false;
        }
        int word = last;
        while (word > first && tokens.get(word).number()) {
            word--;
        }
        return NAMED.contains(lower(tokens.get(word)));
    }

    private static boolean connector(Token t) {
        return CONNECTORS.contains(t.text());
    }

    /** A word a run may start with only by being first in its sentence: "The", "Launched", "Established". */
    private static boolean leading(Token t, boolean sentenceStart) {
        return Lexicon.isStop(t.text()) || (sentenceStart && lower(t).endsWith("ed") && !t.acronym());
    }

    private static void schemes(String text, List<Token> tokens, List<Run> runs, List<Candidate> found) {
        for (Run run : runs) {
            int last = run.last();
            while (last > run.first() && tokens.get(last).number()) {
                last--;
            }
            boolean named = NAMED.contains(lower(tokens.get(last))) && last > run.first();
            if (named || NAMED_AFTER.contains(wordAfter(text, tokens.get(run.last()).end()))) {
                found.add(new Candidate(tokens.get(run.first()).start(), tokens.get(run.last()).end(),
                        SuggestionKind.SCHEME, ""));
            }
        }
    }

    /** The lower-case word right after {@code end}, past an acronym in brackets; empty if none. */
    private static String wordAfter(String text, int end) {
        Matcher m = WORD_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt() ? m.group(1) : "";
    }

    /**
     * "Supply Chain Resilience Initiative (SCRI)": the words whose capitals spell the acronym. Returns the runs
     * that end in such words: "India-Japan Comprehensive Economic Partnership Agreement (CEPA)" blanks only
     * what CEPA stands for, not the whole run.
     */
    private static List<Run> expansions(String text, List<Token> tokens, List<Run> runs, List<Candidate> found) {
        List<Run> expanded = new ArrayList<>();
        Matcher m = ACRONYM_IN_BRACKETS.matcher(text);
        while (m.find()) {
            String letters = m.group(1).replaceAll("[^\\p{Lu}]", "");
            if (letters.length() < 2) {
                continue;
            }
            for (Run run : runs) {
                if (tokens.get(run.last()).end() + 1 == m.start()) {
                    int start = expansionStart(text, tokens, run, letters);
                    if (start >= 0) {
                        int end = tokens.get(run.last()).end();
                        boolean named = NAMED.contains(lower(tokens.get(run.last())))
                                || NAMED_AFTER.contains(wordAfter(text, end));
                        SuggestionKind kind = named ? SuggestionKind.SCHEME : SuggestionKind.ACRONYM;
                        found.add(new Candidate(start, end, kind, ""));
                        expanded.add(run);
                    }
                }
            }
        }
        return expanded;
    }

    /**
     * Where the expansion of {@code letters} starts in the run: the latest capitalised word (or hyphenated part)
     * from which the letters are, in order, initials of the following words, the last letter being the run's last
     * word, with at most two words skipped ("Leadership Group for Industry Transition (LeadIT)"); -1 if none.
     */
    private static int expansionStart(String text, List<Token> tokens, Run run, String letters) {
        List<int[]> initials = new ArrayList<>(); // {letter, offset}
        for (int t = run.first(); t <= run.last(); t++) {
            Token token = tokens.get(t);
            if (connector(token) || token.number()) {
                continue;
            }
            int offset = token.start();
            for (String part : token.text().split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    initials.add(new int[] {part.charAt(0), offset});
                }
                offset += part.length() + 1;
            }
        }
        if (initials.isEmpty() || initials.get(initials.size() - 1)[0] != letters.charAt(letters.length() - 1)) {
            return -1;
        }
        for (int k = initials.size() - letters.length(); k >= 0; k--) {
            if (initials.get(k)[0] == letters.charAt(0) && initials.size() - k - letters.length() <= MAX_EXTRA_WORDS
                    && subsequence(letters, initials.subList(k, initials.size()))) {
                return initials.get(k)[1];
            }
        }
        return -1;
    }

    private static boolean subsequence(String letters, List<int[]> initials) {
        int l = 0;
        for (int[] initial : initials) {
            if (l < letters.length() && initial[0] == letters.charAt(l)) {
                l++;
            }
        }
        return l == letters.length();
    }

    /**
     * Acronyms standing alone. One in brackets after its expansion is that expansion's clue, not a blank; one
     * inside a capitalised name ("Open RAN", "AYUSHMAN Bharat") is part of that name.
     */
    private static void acronyms(String text, List<Token> tokens, List<Candidate> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean bracketed = t.start() > 0 && text.charAt(t.start() - 1) == '(' && t.end() < text.length()
                    && text.charAt(t.end()) == ')';
            boolean inName = (i > 0 && tokens.get(i - 1).capital() && tokens.get(i - 1).nextTo(t, text))
                    || (i + 1 < tokens.size() && tokens.get(i + 1).capital() && t.nextTo(tokens.get(i + 1), text));
            if (t.acronym() && !bracketed && !inName && !COMMON_ACRONYMS.contains(t.text())) {
                found.add(new Candidate(t.start(), t.end(), SuggestionKind.ACRONYM, ""));
            }
        }
    }

    /** ‘Act East Forum’ is a scheme; another quoted phrase is emphasis. */
    private static void quoted(String text, List<Candidate> found) {
        Matcher m = Lexicon.QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (Lexicon.count(inner) > MAX_EMPHASIS_WORDS) {
                continue;
            }
            String lastWord = inner.substring(inner.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            boolean scheme = NAMED.contains(lastWord) || NAMED_AFTER.contains(wordAfter(text, m.end()));
            found.add(new Candidate(m.start(1), m.end(1), scheme ? SuggestionKind.SCHEME : SuggestionKind.EMPHASIS,
                    ""));
        }
    }

    /**
     * Bold phrases of up to six words that are not a label ("Defence Exercises:"), not a list ("robotics,
     * semiconductors, shipbuilding": several facts, and blanking it whole asks to recall them all) and not vague
     * ("major contributing factors").
     */
    private static void emphasis(Sentence sentence, List<Candidate> found) {
        String text = sentence.text();
        for (Range bold : sentence.emphasis()) {
            if (bold.of(text).strip().endsWith(":")) {
                continue;
            }
            int start = bold.start();
            int end = bold.end();
            while (start < end && " ,;:.!?".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && " ,;:.!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String phrase = text.substring(start, end);
            boolean vague = Token.of(phrase).stream().anyMatch(t -> VAGUE.contains(lower(t)));
            if (end > start && Lexicon.count(phrase) <= MAX_EMPHASIS_WORDS && phrase.indexOf(',') < 0 && !vague) {
                found.add(new Candidate(start, end, SuggestionKind.EMPHASIS, ""));
            }
        }
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
