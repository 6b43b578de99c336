package org.smriti.core.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.smriti.core.source.Span;
import org.smriti.core.source.TextNormalizer;

/**
 * Proposes cloze cards from a note: what an examiner would blank out of each sentence. Pure and deterministic:
 * the same note (and the same carded quotes) always gives the same list. See the package documentation for
 * the rules.
 */
public final class CardSuggester {

    private static final int MAX_CELL_WORDS = 6;
    /** A blank of more than this share of its sentence's words leaves too little to recall it from. */
    private static final double MAX_ANSWER_SHARE = 0.6;
    private static final int MIN_CONTEXT_WORDS = 3;

    private CardSuggester() {
    }

    /** The suggestions for {@code note}, in the note's order, none marked as already carded. */
    public static List<Suggestion> suggest(String note) {
        return suggest(note, List.of());
    }

    /**
     * The suggestions for {@code note}, in the note's order (sentence by sentence, blank by blank); a suggestion
     * is {@link Suggestion#alreadyCarded() already carded} when one of {@code cardedQuotes} is found (by the
     * bank's comparison rule) in the note overlapping its sentence.
     */
    public static List<Suggestion> suggest(String note, Collection<String> cardedQuotes) {
        List<Sentence> sentences = NoteSentences.of(note);
        Pattern exercises = ExerciseFinder.mentions(ExerciseFinder.names(sentences));
        List<List<Candidate>> blanks = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            blanks.add(candidates(s, exercises));
        }
        Map<String, Integer> exerciseHome = exerciseHomes(sentences, blanks);
        List<Span> carded = carded(note, cardedQuotes);
        Set<String> asked = new HashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Candidate> facts = new ArrayList<>();
            for (Candidate c : blanks.get(s.index())) {
                if (c.kind().fact() && !askedElsewhere(s, c, exerciseHome, asked)) {
                    facts.add(c);
                }
            }
            List<Candidate> chosen = facts.isEmpty() ? bestName(s, blanks.get(s.index()), asked).stream().toList()
                    : facts;
            boolean isCarded = carded.stream().anyMatch(span -> overlap(span, s.span()));
            for (Candidate c : chosen) {
                asked.add(key(s, c));
                conversion(key(s, c)).ifPresent(asked::add);
                suggestions.add(suggestion(s, c, isCarded));
            }
        }
        return suggestions;
    }

    /**
     * Whether a fact is better asked from another sentence: an exercise from its home sentence; a figure or a rank
     * already asked earlier in the note, because it is the same fact restated ("USD 68 billion" in the summary and
     * again in the details, "the 7th Dialogue"). Not a year: the same year in two sentences usually dates two
     * events.
     */
    private static boolean askedElsewhere(Sentence s, Candidate c, Map<String, Integer> exerciseHome,
            Set<String> asked) {
        switch (c.kind()) {
            case EXERCISE:
                return exerciseHome.get(key(s, c)) != s.index();
            case FIGURE:
            case ORDINAL:
                return asked.contains(key(s, c));
            default:
                return false;
        }
    }

    /** The candidate blanks of a sentence, valid and not overlapping, in reading order. */
    private static List<Candidate> candidates(Sentence s, Pattern exercises) {
        String text = s.text();
        if (text.contains("{{") || text.contains("}}")) {
            return List.of(); // Anki would read the note's own braces as part of the cloze
        }
        List<Candidate> found = new ArrayList<>();
        if (s.isTableRow()) {
            found.addAll(cells(s));
        } else {
            found.addAll(NumberFinder.find(text));
            found.addAll(ExerciseFinder.find(text, exercises));
            found.addAll(NameFinder.find(s));
        }
        int words = Lexicon.count(text);
        found.removeIf(c -> !valid(s, c, words));
        found.sort(Comparator.comparing(Candidate::kind).thenComparing(c -> -c.range().length())
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        Set<String> answers = new HashSet<>();
        for (Candidate c : found) {
            if (kept.stream().noneMatch(k -> k.range().overlaps(c.range())) && answers.add(key(s, c))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Each asked cell of a table row: a year or figure when the whole cell is one, otherwise the cell itself. */
    private static List<Candidate> cells(Sentence s) {
        List<Candidate> found = new ArrayList<>();
        List<Candidate> numbers = NumberFinder.find(s.text());
        for (Sentence.Cell cell : s.cells()) {
            if (Lexicon.count(cell.range().of(s.text())) > MAX_CELL_WORDS) {
                numbers.stream().filter(n -> cell.range().contains(n.range())).forEach(found::add);
                continue;
            }
            Optional<Candidate> whole = numbers.stream().filter(n -> n.range().equals(cell.range()))
                    .min(Comparator.comparing(Candidate::kind));
            String header = cell.header().toLowerCase(Locale.ROOT);
            found.add(whole.orElse(new Candidate(cell.range(), SuggestionKind.TABLE, header)));
        }
        return found;
    }

    /**
     * A blank must hold a word that is not a stop word, cannot contain Anki's own markers, and must leave enough
     * of the sentence to be recalled from. In a lead-in label ("India Japan Nuclear Deal 2016:") it may be a date
     * or a number, but not a name, because the label is a topic — unless the rest of the sentence defines it
     * ("Osaka Track: A plurilateral framework…"), when the scheme or acronym it names is what is asked.
     */
    private static boolean valid(Sentence s, Candidate c, int words) {
        String answer = c.range().of(s.text());
        if (Lexicon.allStop(answer) || answer.contains("::") || c.hint().contains("}}") || c.hint().contains("::")) {
            return false;
        }
        if (c.start() < s.labelEnd()) {
            boolean defined = s.subject() && (c.kind() == SuggestionKind.SCHEME || c.kind() == SuggestionKind.ACRONYM);
            if (c.end() > s.labelEnd() || (isName(c.kind()) && !defined)) {
                return false;
            }
        }
        if (s.isTableRow()) {
            return true;
        }
        int blanked = Lexicon.count(answer);
        return blanked <= words * MAX_ANSWER_SHARE && words - blanked >= MIN_CONTEXT_WORDS;
    }

    private static boolean isName(SuggestionKind kind) {
        return kind == SuggestionKind.EXERCISE || !kind.fact();
    }

    /**
     * For each exercise named in several sentences, the one sentence that blanks it: the one naming the fewest
     * exercises (where the name is the subject, not one of a list), the earliest of those.
     */
    private static Map<String, Integer> exerciseHomes(List<Sentence> sentences, List<List<Candidate>> blanks) {
        Map<String, Integer> home = new HashMap<>();
        Map<String, Long> crowd = new HashMap<>();
        for (Sentence s : sentences) {
            List<Candidate> exercises = blanks.get(s.index()).stream()
                    .filter(c -> c.kind() == SuggestionKind.EXERCISE).toList();
            for (Candidate c : exercises) {
                String name = key(s, c);
                if (!home.containsKey(name) || exercises.size() < crowd.get(name)) {
                    home.put(name, s.index());
                    crowd.put(name, (long) exercises.size());
                }
            }
        }
        return home;
    }

    /** The amount in brackets of "10 trillion yen (usd 68 billion)": asked with it, so not asked again alone. */
    private static Optional<String> conversion(String answer) {
        int open = answer.indexOf('(');
        return open > 0 && answer.endsWith(")") ? Optional.of(answer.substring(open + 1, answer.length() - 1))
                : Optional.empty();
    }

    /** A sentence without facts gives one name: the first of the most exam-worthy kind not asked before. */
    private static Optional<Candidate> bestName(Sentence s, List<Candidate> candidates, Set<String> asked) {
        return candidates.stream()
                .filter(c -> !c.kind().fact() && !asked.contains(key(s, c)))
                .min(Comparator.comparing(Candidate::kind).thenComparingInt(Candidate::start));
    }

    private static Suggestion suggestion(Sentence s, Candidate c, boolean carded) {
        String text = s.text();
        String answer = c.range().of(text);
        String blank = "{{c1::" + answer + (c.hint().isEmpty() ? "" : "::" + c.hint()) + "}}";
        String cloze = text.substring(0, c.start()) + blank + text.substring(c.end());
        return new Suggestion(cloze, s.quote(), c.kind(), answer, c.hint(), s.span(), s.index(), carded);
    }

    private static List<Span> carded(String note, Collection<String> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        TextNormalizer.Normalized normalized = TextNormalizer.normalizeWithOffsets(note);
        List<Span> spans = new ArrayList<>();
        for (String quote : quotes) {
            normalized.locate(quote).ifPresent(spans::add);
        }
        return spans;
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String key(Sentence s, Candidate c) {
        return c.range().of(s.text()).toLowerCase(Locale.ROOT);
    }
}
