package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.DisplayedQuestion;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Statements;
import org.smriti.core.source.Span;

/**
 * The bundled bank reads like the Prelims paper (issue 16): the rules a machine can check, applied to each
 * question as it is displayed ({@link DisplayedQuestion}, what {@code smriti questions} prints), so a rule
 * passes only if what the aspirant reads passes it.
 */
class BankExamRulesTest {

    private static LoadedBank bank;
    private static List<Question> questions;

    @BeforeAll
    static void load() throws IOException {
        bank = BankLoader.loadDirectory(Path.of("question-bank"), Path.of("seeds"));
        assertThat(bank.refused()).isEmpty();
        questions = bank.bank().questions();
    }

    private static List<Question> ofType(QuestionType type) {
        return questions.stream().filter(q -> q.type() == type).toList();
    }

    /** Prompt and options as shown, one text. */
    private static String shown(Question q) {
        DisplayedQuestion d = DisplayedQuestion.of(q);
        return d.prompt() + "\n" + String.join("\n", d.options());
    }

    private static String key(ObjectiveQuestion q) {
        return q.options().get(q.correctOption());
    }

    @Test
    void knowingOnlyTheFirstOrOnlyTheLastEventNeverGivesTheOrder() {
        List<String> giveaways = new ArrayList<>();
        for (Question q : ofType(QuestionType.CHRONOLOGY)) {
            List<String> options = DisplayedQuestion.of(q).options();
            String[] key = key((Chronology) q).split("-");
            long sameFirst = options.stream().filter(o -> o.startsWith(key[0] + "-")).count();
            long sameLast = options.stream().filter(o -> o.endsWith("-" + key[key.length - 1])).count();
            if (sameFirst < 2 || sameLast < 2) {
                giveaways.add(q.id() + " " + options + " key " + key((Chronology) q));
            }
        }
        assertThat(giveaways).as("chronologies whose key alone starts or ends with its event").isEmpty();
    }

    /**
     * A statement that appears in the keyed combination and in no other option (or in every other option but
     * not the key) answers the question by itself; one that is in every option, or in none, is never weighed.
     */
    @Test
    void everyStatementMattersAndNoneSinglesOutTheKey() {
        List<String> giveaways = new ArrayList<>();
        for (Question q : ofType(QuestionType.STATEMENTS)) {
            Statements s = (Statements) q;
            if (s.style() != Statements.Style.WHICH) {
                continue;
            }
            List<Set<Integer>> options = DisplayedQuestion.of(q).options().stream()
                    .map(BankExamRulesTest::statementNumbers).toList();
            Set<Integer> key = options.get(s.correctOption());
            for (int n = 1; n <= s.statements().size(); n++) {
                int statement = n;
                long agreeing = options.stream().filter(o -> o.contains(statement) == key.contains(statement)).count();
                long holding = options.stream().filter(o -> o.contains(statement)).count();
                if (agreeing < 2 || holding == 0 || holding == options.size()) {
                    giveaways.add(q.id() + ": statement " + n + " in " + DisplayedQuestion.of(q).options());
                }
            }
        }
        assertThat(giveaways).isEmpty();
    }

    private static Set<Integer> statementNumbers(String option) {
        if (option.startsWith("Neither")) {
            return Set.of();
        }
        return Pattern.compile("\\d").matcher(option).results().map(m -> Integer.parseInt(m.group()))
                .collect(Collectors.toSet());
    }

    /**
     * UPSC never names its source: the notes are named in explanations only. Recall cards follow the same rule, so
     * that a card reads as a question about India and Japan, not about a document.
     */
    private static final Pattern NOTE_SPEAK = Pattern.compile(String.join("|",
            "\\b(?:the|this|that|one|a|both|two|other|its|each|either|earlier|later|newer|older|these|those) notes?\\b",
            "\\bdrishti\\b", "\\barticles?\\b", "\\bsources?\\b", "\\bpassage\\b", "\\bauthor\\b",
            "\\bthe meeting\\b", "\\bdescribed (?:above|in|here)\\b", "\\baccording to\\b", "\\bas per\\b",
            "\\b(?:reported|recorded|mentioned|listed|cited|named) in\\b",
            "revisiting india-japan relations", "keen to deepen defence ties", "agree to promote financial cooperation",
            "bilateral security and defence cooperation: indo-japan"), Pattern.CASE_INSENSITIVE);

    @Test
    void noQuestionNamesItsSource() {
        List<String> naming = new ArrayList<>();
        for (Question q : questions) {
            Matcher m = NOTE_SPEAK.matcher(shown(q));
            if (m.find()) {
                naming.add(q.id() + ": \"" + m.group() + "\"");
            }
        }
        assertThat(naming).isEmpty();
    }

    private static final Pattern VISIT = Pattern.compile("\\bvisit(?:ed|s)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATED = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\b\\d+(?:st|nd|rd|th) [^.?]*summit",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyVisitIsDatedByItsYearOrSummit() {
        List<String> undated = questions.stream()
                .filter(q -> VISIT.matcher(DisplayedQuestion.of(q).prompt()).find()
                        && !DATED.matcher(DisplayedQuestion.of(q).prompt()).find())
                .map(Question::id).toList();
        assertThat(undated).isEmpty();
    }

    @Test
    void noTwoQuestionsShowTheSamePrompt() {
        Map<String, List<String>> byPrompt = questions.stream().collect(Collectors.groupingBy(
                q -> DisplayedQuestion.of(q).prompt().toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip(),
                Collectors.mapping(Question::id, Collectors.toList())));
        assertThat(byPrompt.values()).filteredOn(ids -> ids.size() > 1).isEmpty();
    }

    /**
     * One question per fact and form: two questions of one type whose quotes overlap, and which ask alike or
     * answer alike, are one question twice.
     */
    @Test
    void noFactIsAskedTwiceInOneForm() {
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Question a = questions.get(i);
                Question b = questions.get(j);
                if (a.type() == b.type() && quotesOverlap(a, b)
                        && (similar(DisplayedQuestion.of(a).prompt(), DisplayedQuestion.of(b).prompt())
                        || similar(answer(a), answer(b)))) {
                    twice.add(a.id() + " ~ " + b.id());
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    private static boolean quotesOverlap(Question a, Question b) {
        SourceRef x = a.source().orElseThrow();
        SourceRef y = b.source().orElseThrow();
        if (!x.doc().equals(y.doc())) {
            return false;
        }
        Span sx = bank.document(x.doc()).flatMap(d -> d.locate(x.quote())).orElseThrow();
        Span sy = bank.document(y.doc()).flatMap(d -> d.locate(y.quote())).orElseThrow();
        return sx.start() < sy.end() && sy.start() < sx.end();
    }

    private static String answer(Question q) {
        DisplayedQuestion d = DisplayedQuestion.of(q);
        return d.answerText().orElseGet(() -> d.answer().isPresent() ? d.options().get(d.answer().getAsInt()) : "");
    }

    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "in", "to", "for", "with",
            "is", "are", "was", "were", "by", "on", "as", "at", "from", "its", "it", "that", "this", "their", "which",
            "what", "be", "has", "have", "india", "japan", "indian", "japanese", "between", "both", "two", "following",
            "consider", "statements", "statement", "s", "only", "1", "2", "3", "4");

    private static Set<String> contentWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w)).collect(Collectors.toSet());
    }

    /** Jaccard similarity of the content words of at least 0.6, on texts of more than two content words. */
    private static boolean similar(String a, String b) {
        Set<String> x = contentWords(a);
        Set<String> y = contentWords(b);
        if (x.size() <= 2 || y.size() <= 2) {
            return x.equals(y) && !x.isEmpty();
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return common.size() >= 0.6 * union.size();
    }

    @Test
    void atMostOneStatementsQuestionInSixHasEveryStatementTrue() {
        List<Question> statements = ofType(QuestionType.STATEMENTS);
        List<String> allTrue = statements.stream()
                .filter(q -> ((Statements) q).statements().stream().allMatch(Statements.Statement::correct))
                .map(Question::id).toList();
        assertThat(allTrue).as(allTrue.size() + " of " + statements.size()).hasSizeLessThanOrEqualTo(statements.size() / 6);
    }

    @Test
    void whichStatementKeysAreSpreadOverTheFourPositions() {
        assertSpread(q -> q instanceof Statements s && s.style() == Statements.Style.WHICH && s.statements().size() > 2);
    }

    @Test
    void chronologyKeysAreSpreadOverTheFourPositions() {
        assertSpread(q -> q instanceof Chronology);
    }

    @Test
    void assertionKeysAreSpreadOverTheFourAnswers() {
        assertSpread(q -> q instanceof Assertion);
    }

    /** No position (a)-(d) holds the key more than two times in five, none less than one time in eight. */
    private static void assertSpread(Predicate<Question> which) {
        Map<Integer, Long> positions = new HashMap<>();
        List<Question> chosen = questions.stream().filter(which).toList();
        chosen.forEach(q -> positions.merge(((ObjectiveQuestion) q).correctOption(), 1L, Long::sum));
        long total = chosen.size();
        assertThat(total).isGreaterThanOrEqualTo(8);
        for (int position = 0; position < 4; position++) {
            assertThat(positions.getOrDefault(position, 0L)).as("position " + position + " of " + positions)
                    .isBetween(total / 8, total * 2 / 5);
        }
    }

    /** Statement-II is a fact of its own, not a piece of Statement-I or the same words again. */
    @Test
    void statementTwoIsNotARestatementOfStatementOne() {
        List<String> restated = ofType(QuestionType.ASSERTION).stream().map(q -> (Assertion) q)
                .filter(a -> normalized(a.statement1()).contains(normalized(a.statement2()))
                        || normalized(a.statement2()).contains(normalized(a.statement1()))
                        || similar(a.statement1(), a.statement2()))
                .map(Assertion::id).toList();
        assertThat(restated).isEmpty();
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
