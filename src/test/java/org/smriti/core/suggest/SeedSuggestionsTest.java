package org.smriti.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.ClozeText;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.DraftCheck;

/**
 * The suggestions for the five notes in {@code seeds/}. The named exercises and the headings and labels of each
 * note were listed by reading the note, not taken from the engine's output.
 */
class SeedSuggestionsTest {

    /**
     * A seed, the exercises it names, and its headings and labels that have no {@code #}: whole lines, or the
     * beginning of a line when written with a final "…".
     */
    record Seed(String file, List<String> exercises, List<String> headings) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Seed> seeds() {
        return Stream.of(
                new Seed("000_2b59ad7f4d9ca176.txt", List.of("JIMEX", "SHINYUU Maitri", "Dharma Guardian", "Malabar"),
                        List.of("**For Prelims:**…", "**For Mains:**…", "**Q. In which…", "- Argentina, Mexico…",
                                "- Australia, Canada…", "- Brazil, Iran…", "- Indonesia, Japan…", "**Ans: (a)**",
                                "**Source: IE**", "PDF Reference URL:…")),
                new Seed("001_17a39fbd4911a17a.txt",
                        List.of("JIMEX", "Malabar", "Veer Guardian", "SHINYUU Maitri", "Dharma Guardian"),
                        List.of("Call Us Now", "+91 9606900005…", "For Enquiry",
                                "Japan Keen to Deepen Defence Ties With India", "GS2- International Relations",
                                "Dimensions of are article:", "1. India-Japan ties", "2. Recent activities…",
                                "3. Way Forward", "India-Japan ties", "Defence ties:", "Way Forward:", "March 2024")),
                new Seed("002_390bd653576dd6c6.txt",
                        List.of("Dharma Guardian", "Veer Guardian", "Milan", "Malabar", "JIMEX"),
                        List.of("Revisiting India-Japan Relations", "For Prelims:…", "For Mains:…", "[Source: TH](#)",
                                "Why in News?", "How is the India-Japan Strategic Partnership Evolving…",
                                "How Have India-Japan Deepened…", "What Are the Key Challenges…",
                                "What Steps Are Needed…", "Conclusion", "Drishti Mains Question:", "Q1. In which…",
                                "- (a) Argentina…", "- (b) Australia…", "- (c) Brazil…", "- (d) Indonesia…", "Ans: (a)",
                                "Q. Quadrilateral Security Dialogue…", "PDF Refernece URL:…")),
                new Seed("003_00393c837b6e8638.txt", List.of("Dharma Guardian", "Malabar", "MILAN"),
                        List.of("• India", "• Sep 10", "• Kevin Savio Antony",
                                "India, Japan agree to promote financial cooperation", "India-Japan Bilateral Relations",
                                "Roadblocks to strengthening India-Japan ties", "Notes", "Related Topics")),
                new Seed("004_4df789a8567b763b.txt", List.of("Malabar", "Dharma Guardian", "JIMEX"),
                        List.of("GS2 – International Relations", "Context",
                                "Pillars of the India-Japan Special Strategic Partnership", "- Defence and Security",
                                "- Trade, Investment, and Economic Security", "- Development, Infrastructure, and Energy",
                                "- Multilateral and Regional Cooperation", "- People, Culture, and Education",
                                "Overview of India-Japan Relations", "Evolution of Bilateral Ties",
                                "Areas of Strategic Convergence", "Policies and Initiatives")));
    }

    /** Anki's cloze: {{cN::answer}} or {{cN::answer::hint}} (rslib/src/cloze.rs). */
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?\\}\\}", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)");
    private static final Pattern DATELINE = Pattern.compile("\\s*(?:[A-Z][a-z]+\\s+)?\\d{4}\\s*");
    private static final Pattern PYQ = Pattern.compile("\\W*Q\\d*\\..*");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "and", "or", "to", "for",
            "with", "by", "at", "from", "as", "is", "are", "was", "were", "be", "it", "its", "this", "that", "these",
            "those", "their", "they", "both", "all", "also", "which", "who", "has", "have", "had");
    private static final Pattern SCALE_AFTER_BLANK = Pattern.compile("\\}\\}\\s?(?i:billion|million|trillion|crore|lakh"
            + "|thousand|%|per cent|yen|dollars?|rupees?|km|kmph)\\b");
    private static final Pattern CURRENCY_BEFORE_BLANK = Pattern.compile("(?:\\$|₹|USD|US\\$|Rs\\.?|INR)\\s?\\{\\{c1::");

    private static List<Question> bankQuestions;

    @BeforeAll
    static void loadTheBank() throws IOException {
        bankQuestions = BankLoader.loadDirectory(Path.of("question-bank"), Path.of("seeds")).bank().questions();
    }

    private static String note(Seed seed) throws IOException {
        return Files.readString(Path.of("seeds", seed.file()), StandardCharsets.UTF_8);
    }

    /** Each line of the note with where it starts and ends. */
    private record Line(int start, int end, String text) {
        boolean holds(Span span) {
            return span.start() < end && start < span.end();
        }
    }

    private static List<Line> lines(String note) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (String text : note.split("\n", -1)) {
            lines.add(new Line(start, start + text.length(), text));
            start += text.length() + 1;
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyYearOfEverySentenceIsBlankedBySomeSuggestion(Seed seed) throws IOException {
        String note = note(seed);
        List<Suggestion> suggestions = CardSuggester.suggest(note);
        int years = 0;
        for (Line line : lines(note)) {
            if (line.text().contains("?") || PYQ.matcher(line.text()).matches()
                    || DATELINE.matcher(line.text()).matches()) {
                continue; // previous-year questions and the note's own date are not facts to learn
            }
            Matcher year = YEAR.matcher(line.text());
            while (year.find()) {
                years++;
                String y = year.group();
                assertThat(suggestions).as("%s line %s: %s", seed, y, line.text())
                        .anyMatch(s -> line.holds(s.span()) && s.answer().contains(y));
            }
        }
        assertThat(years).isPositive();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNamedExerciseIsBlankedAndNothingElseIsCalledAnExercise(Seed seed) throws IOException {
        String note = note(seed);
        List<Suggestion> suggestions = CardSuggester.suggest(note);

        for (String exercise : seed.exercises()) {
            assertThat(note).as("the list is the note's").contains(exercise);
            assertThat(suggestions).as(exercise)
                    .anyMatch(s -> s.kind() == SuggestionKind.EXERCISE && s.answer().equalsIgnoreCase(exercise));
        }
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.EXERCISE)
                .allMatch(s -> seed.exercises().stream().anyMatch(e -> e.equalsIgnoreCase(s.answer())));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noHeadingOrLabelIsEverSuggested(Seed seed) throws IOException {
        String note = note(seed);
        List<Suggestion> suggestions = CardSuggester.suggest(note);
        List<Line> headings = new ArrayList<>();
        for (Line line : lines(note)) {
            String text = line.text().strip();
            if (text.startsWith("#") || seed.headings().stream().anyMatch(h -> isLine(text, h))) {
                headings.add(line);
            }
        }
        for (String heading : seed.headings()) {
            assertThat(headings).as("the heading is the note's").anyMatch(l -> isLine(l.text().strip(), heading));
        }
        for (Line heading : headings) {
            assertThat(suggestions).as(heading.text()).noneMatch(s -> heading.holds(s.span()));
        }
    }

    private static boolean isLine(String line, String heading) {
        return heading.endsWith("…") ? line.startsWith(heading.substring(0, heading.length() - 1)) : line.equals(heading);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noBlankIsStopWordsOrTheWholeSentence(Seed seed) throws IOException {
        for (Suggestion s : CardSuggester.suggest(note(seed))) {
            List<String> words = List.of(s.answer().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            assertThat(words).as(s.text()).anyMatch(w -> !w.isEmpty() && !STOP_WORDS.contains(w));
            int left = s.quote().replace(s.answer(), " ").split("\\s+").length;
            assertThat(left).as(s.text()).isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyQuoteIsFoundInItsNoteWhereTheSuggestionSaysItIs(Seed seed) throws IOException {
        String note = note(seed);
        SourceDocument document = new SourceDocument(seed.file(), seed.file(), note);
        for (Suggestion s : CardSuggester.suggest(note)) {
            assertThat(document.locate(s.quote())).as(s.quote()).contains(s.span());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyClozeHasExactlyOneFirstBlankThatRevealsItsSentence(Seed seed) throws IOException {
        for (Suggestion s : CardSuggester.suggest(note(seed))) {
            Matcher cloze = CLOZE.matcher(s.text());
            assertThat(cloze.find()).as(s.text()).isTrue();
            assertThat(cloze.group(1)).isEqualTo("1");
            assertThat(cloze.group(2)).isEqualTo(s.answer());
            assertThat(cloze.group(3) == null ? "" : cloze.group(3)).isEqualTo(s.hint());
            String revealed = s.text().substring(0, cloze.start()) + s.answer() + s.text().substring(cloze.end());
            assertThat(revealed).isEqualTo(s.quote()).doesNotContain("{{").doesNotContain("}}");
            assertThat(cloze.find()).as("one blank only: %s", s.text()).isFalse();
            ClozeText card = ClozeText.parse(s.text());
            assertThat(ClozeText.problems(s.text())).as(s.text()).isEmpty();
            assertThat(card.numbers()).containsExactly(1);
            assertThat(card.answer(1)).isEqualTo(s.answer());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyAcceptedSuggestionPassesTheCardEditorsChecks(Seed seed) throws IOException {
        String note = note(seed);
        DraftCheck.Documents documents = new DraftCheck.Documents(List.of(new SourceDocument(seed.file(), "", note)));
        List<Suggestion> suggestions = CardSuggester.suggest(note);
        for (int i = 0; i < suggestions.size(); i++) {
            CardDraft draft = suggestions.get(i).draft(seed.file()).toBuilder().topics(List.of(Topic.DEFENCE)).build();

            CheckedDraft checked = DraftCheck.check(draft, "suggested-" + i, documents, id -> false);

            assertThat(checked.problems()).as(draft.text()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFiguresCurrencyScaleAndUnitAreInsideItsBlank(Seed seed) throws IOException {
        List<Suggestion> figures = CardSuggester.suggest(note(seed)).stream()
                .filter(s -> s.kind() == SuggestionKind.FIGURE).toList();
        for (Suggestion s : figures) {
            assertThat(SCALE_AFTER_BLANK.matcher(s.text()).find()).as(s.text()).isFalse();
            assertThat(CURRENCY_BEFORE_BLANK.matcher(s.text()).find()).as(s.text()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneSuggestionPerFact(Seed seed) throws IOException {
        Set<String> perSentence = new HashSet<>();
        Set<String> once = new HashSet<>();
        for (Suggestion s : CardSuggester.suggest(note(seed))) {
            String answer = s.answer().toLowerCase(Locale.ROOT);
            assertThat(perSentence.add(s.sentence() + "|" + answer)).as(s.text()).isTrue();
            if (s.kind() != SuggestionKind.YEAR && s.kind() != SuggestionKind.DATE) {
                assertThat(once.add(answer)).as("asked once in the note: %s", s.text()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameNoteGivesTheSameSuggestions(Seed seed) throws IOException {
        String note = note(seed);
        List<String> quotes = List.of("India and Japan", "Japan");
        List<String> reversed = new ArrayList<>(quotes);
        Collections.reverse(reversed);

        assertThat(CardSuggester.suggest(new String(note.toCharArray()))).isEqualTo(CardSuggester.suggest(note));
        assertThat(CardSuggester.suggest(note, reversed)).isEqualTo(CardSuggester.suggest(note, quotes));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sentencesTheBankAlreadyQuotesAreMarked(Seed seed) throws IOException {
        String note = note(seed);
        List<String> quotes = bankQuestions.stream().flatMap(q -> q.source().stream())
                .filter(source -> source.doc().equals(seed.file())).map(SourceRef::quote).toList();
        SourceDocument document = new SourceDocument(seed.file(), seed.file(), note);
        List<Span> quoted = quotes.stream().map(q -> document.locate(q).orElseThrow()).toList();

        List<Suggestion> suggestions = CardSuggester.suggest(note, quotes);

        for (Suggestion s : suggestions) {
            boolean overlaps = quoted.stream().anyMatch(q -> q.start() < s.span().end() && s.span().start() < q.end());
            assertThat(s.alreadyCarded()).as(s.quote()).isEqualTo(overlaps);
        }
        assertThat(suggestions).anyMatch(Suggestion::alreadyCarded);
        assertThat(CardSuggester.suggest(note)).noneMatch(Suggestion::alreadyCarded);
    }
}
