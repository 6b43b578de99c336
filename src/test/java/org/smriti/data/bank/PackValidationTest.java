package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.bank.TestPacks.BASE;
import static org.smriti.data.bank.TestPacks.cardPack;
import static org.smriti.data.bank.TestPacks.load;
import static org.smriti.data.bank.TestPacks.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;

class PackValidationTest {

    private static String mutate(String from, String to) {
        int first = BASE.indexOf(from);
        // Each row must change exactly one place, or it would not test what it says.
        assertThat(first).as("'%s' occurs in the base pack", from).isNotNegative();
        assertThat(BASE.indexOf(from, first + 1)).as("'%s' occurs once", from).isNegative();
        return BASE.replace(from, to);
    }

    @Test
    void theBasePackIsValid() {
        LoadedBank loaded = load(pack("base.json", BASE));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.bank().countsByType().values()).containsOnly(1);
        assertThat(loaded.packs()).containsExactly(new PackSummary("base.json", "base", "Base pack", 8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "missing comma | `\"format\": 1,` | `\"format\": 1` | base.json: malformed JSON at line 3, column 4: Unterminated object",
        "trailing comma | `\"Coast Guard\"]` | `\"Coast Guard\",]` | base.json: malformed JSON at line 7, column 62: not strict JSON (a stray or trailing comma, a comment, single quotes or an unquoted word?)",
        "comment | `\"format\": 1,` | `\"format\": 1, // one` | base.json: malformed JSON at line 2, column 17: not strict JSON (a stray or trailing comma, a comment, single quotes or an unquoted word?)",
        "duplicate key | `\"answer\": 1,` | `\"answer\": 1, \"answer\": 2,` | base.json: malformed JSON at line 7, column 77: duplicate key \"answer\"",
        "unknown type | `\"type\": \"flashcard\"` | `\"type\": \"card\"` | base.json: t-card: type: unknown type \"card\" (expected one of mcq, statements, pairs, assertion, chronology, flashcard, cloze, descriptive)",
        "missing field | `\"explanation\": \"Naval.\", ` | `` | base.json: t-mcq: explanation: missing",
        "duplicate id in the pack | `\"id\": \"t-card\"` | `\"id\": \"t-mcq\"` | base.json: t-mcq: id: duplicate id (also questions[0] of this pack)",
        "answer not an option | `\"answer\": 1,` | `\"answer\": 5,` | base.json: t-mcq: answer: 5 is not an option index (0-3)",
        "three options | `, \"Coast Guard\"` | `` | base.json: t-mcq: options: needs exactly 4 options, found 3",
        "repeated option | `\"Coast Guard\"` | `\"Army\"` | base.json: t-mcq: options[3]: same text as options[0]",
        "statement without mark | `\"S two\", \"correct\": false` | `\"S two\"` | base.json: t-statements: statements[1].correct: missing",
        "statement mark not boolean | `\"S three\", \"correct\": false` | `\"S three\", \"correct\": \"no\"` | base.json: t-statements: statements[2].correct: must be true or false",
        "unknown style | `\"style\": \"which\"` | `\"style\": \"all\"` | base.json: t-statements: style: unknown style \"all\" (expected which or how-many)",
        "chronology tied years | `\"year\": 2006` | `\"year\": 2000` | base.json: t-chronology: events[2].year: 2000 is also the year of events[1]; years must differ",
        "two events | `, {\"text\": \"Strategic\", \"year\": 2006}` | `` | base.json: t-chronology: events: needs 3 or 4 events, found 2",
        "quote not in document | `\"JIMEX exercise is naval\"` | `\"JIMEX exercise is aerial\"` | base.json: t-mcq: source.quote: not found in doc.txt",
        "unknown document | `\"doc\": \"doc.txt\", \"quote\": \"elevated in 2000\"` | `\"doc\": \"nope.txt\", \"quote\": \"elevated in 2000\"` | base.json: t-statements: source.doc: unknown document \"nope.txt\" (expected one of doc.txt)",
        "empty prompt | `\"Which service runs JIMEX?\"` | `\"  \"` | base.json: t-mcq: prompt: must not be empty",
        "empty point | `\"Point two\"` | `\"\"` | base.json: t-descriptive: points[1]: must not be empty",
        "format 2 | `\"format\": 1` | `\"format\": 2` | base.json: format: must be 1, found 2",
        "unknown topic | `[\"economy\"]` | `[\"trade\"]` | base.json: t-assertion: topics[0]: unknown topic \"trade\" (expected one of history, diplomacy, defence, economy, infrastructure, energy, technology, multilateral, people, challenges, general)",
        "difficulty out of range | `\"t-pairs\", \"difficulty\": 3` | `\"t-pairs\", \"difficulty\": 4` | base.json: t-pairs: difficulty: must be 1, 2 or 3, found 4",
        "difficulty as text | `\"t-statements\", \"difficulty\": 2` | `\"t-statements\", \"difficulty\": \"2\"` | base.json: t-statements: difficulty: must be a whole number",
        "unknown assertion answer | `\"both-true-explains\"` | `\"true\"` | base.json: t-assertion: answer: unknown answer \"true\" (expected one of both-true-explains, both-true-not-explains, first-true-second-false, first-false-second-true)",
        "wrong pair without actual | `, \"actual\": \"Army\"` | `` | base.json: t-pairs: pairs[1].actual: missing",
        "actual same as shown | `\"actual\": \"Army\"` | `\"actual\": \"Air Force\"` | base.json: t-pairs: pairs[1].actual: same as right; a wrong pair's actual must differ from what is shown",
        "header of one column | `[\"Exercise\", \"Service\"]` | `[\"Exercise\"]` | base.json: t-pairs: header: needs exactly 2 column names, found 1",
        "misspelt optional field | `\"pyq\":` | `\"pqy\":` | base.json: t-descriptive: pqy: unknown field (allowed here: difficulty, explanation, id, points, prompt, pyq, source, tags, topics, type)",
        "id with capitals | `\"id\": \"t-pairs\"` | `\"id\": \"T-Pairs\"` | base.json: T-Pairs: id: must be lower-case letters and digits in words joined by \"-\", e.g. def-jimex-mcq",
        "question without id | `\"id\": \"t-card\", ` | `` | base.json: questions[5]: id: missing",
        "which with no true statement | `\"S one\", \"correct\": true` | `\"S one\", \"correct\": false` | base.json: t-statements: statements: with 3 or 4 statements and style \"which\" at least one must be correct (the options are combinations such as \"1 and 2 only\")",
        "chosen options on how-many | `\"style\": \"which\"` | `\"style\": \"how-many\"` | base.json: t-statements: options: only style \"which\" with 3 or 4 statements takes chosen options (the others have fixed ones)",
        "three chosen options | `[[1], [2], [1, 3], [2, 3]]` | `[[1], [2], [1, 3]]` | base.json: t-statements: options: needs exactly 4 options, found 3",
        "combination beyond the statements | `[2, 3]]` | `[2, 4]]` | base.json: t-statements: options[3]: must be a combination of statement numbers in ascending order, each within 1-3, e.g. [1, 3]; found [2, 4]",
        "combination not ascending | `[2, 3]]` | `[3, 2]]` | base.json: t-statements: options[3]: must be a combination of statement numbers in ascending order, each within 1-3, e.g. [1, 3]; found [3, 2]",
        "combination given twice | `[[1], [2],` | `[[1], [1],` | base.json: t-statements: options[1]: same as options[0]",
        "key not among the chosen combinations | `[[1], [2],` | `[[3], [2],` | base.json: t-statements: options: none of them is the correct combination [1] (the statements marked correct)",
        "combination that is not a list | `[[1], [2],` | `[[1], 2,` | base.json: t-statements: options[1]: must be a list of numbers [ … ]",
        "ordering with an event twice | `[1, 3, 2]]` | `[1, 3, 3]]` | base.json: t-chronology: options[3]: must be an ordering of the event numbers 1-3, each once, e.g. [2, 3, 1]; found [1, 3, 3]",
        "key not among the chosen orderings | `[[2, 3, 1],` | `[[3, 1, 2],` | base.json: t-chronology: options: none of them is the correct order [2, 3, 1] (by year)",
        "ordering with a fraction | `[[2, 3, 1],` | `[[2, 3, 1.5],` | base.json: t-chronology: options[0][2]: must be a whole number, found 1.5",
    })
    void aMalformedPackIsRefusedWithAMessageNamingFileQuestionAndField(String variant, String from, String to,
                                                                        String expected) {
        LoadedBank loaded = load(pack("base.json", mutate(from, to)));

        assertThat(loaded.problems()).extracting(PackProblem::toString).containsExactly(expected);
        assertThat(loaded.bank().isEmpty()).as("nothing of a refused pack is loaded").isTrue();
    }

    @Test
    void howManyNeedsAtLeastThreeStatements() {
        String twoStatements = mutate(", {\"text\": \"S two\", \"correct\": false}", "")
                .replace("\"style\": \"which\"", "\"style\": \"how-many\"")
                .replace(" \"options\": [[1], [2], [1, 3], [2, 3]],", "");

        assertThat(load(pack("base.json", twoStatements)).problems()).extracting(PackProblem::toString)
                .containsExactly("base.json: t-statements: style: \"how-many\" needs at least 3 statements, found 2");
    }

    @Test
    void fourPairsWithNoneCorrectAreRefused() {
        String fourWrong = mutate("\"Navy\", \"correct\": true}", "\"Army\", \"correct\": false, \"actual\": \"Navy\"}")
                .replace("{\"left\": \"Veer Guardian\", \"right\": \"Air Force\", \"correct\": true}",
                        "{\"left\": \"Veer Guardian\", \"right\": \"Army\", \"correct\": false, \"actual\": \"Air Force\"},"
                                + " {\"left\": \"Malabar\", \"right\": \"Army\", \"correct\": false, \"actual\": \"Navy\"}");

        assertThat(load(pack("base.json", fourWrong)).problems()).extracting(PackProblem::toString)
                .containsExactly("base.json: t-pairs: pairs: with 4 pairs at least one must be correct"
                        + " (the options are Only one … All four)");
    }

    @Test
    void reportsEveryProblemOfEveryQuestionAtOnce() {
        String broken = mutate("\"answer\": 1,", "\"answer\": 7,")
                .replace("\"topics\": [\"economy\"]", "\"topics\": []")
                .replace("\"Point two\"", "2");

        assertThat(load(pack("base.json", broken)).problems()).extracting(PackProblem::toString).containsExactly(
                "base.json: t-mcq: answer: 7 is not an option index (0-3)",
                "base.json: t-assertion: topics: needs at least one topic",
                "base.json: t-descriptive: points[1]: must be a string");
    }

    @Test
    void anIdUsedByAnEarlierPackRefusesTheLaterPackOnly() {
        LoadedBank loaded = load(pack("base.json", BASE), pack("extra.json", cardPack("t-card")));

        assertThat(loaded.bank().size()).isEqualTo(8);
        assertThat(loaded.refused()).extracting(RefusedPack::file).containsExactly("extra.json");
        assertThat(loaded.problems()).extracting(PackProblem::toString)
                .containsExactly("extra.json: t-card: id: duplicate id (also in base.json)");
    }

    @Test
    void anInvalidPackDoesNotStopTheOthers() {
        LoadedBank loaded = load(pack("a.json", cardPack("a-card")), pack("b.json", "{"),
                pack("c.json", cardPack("c-card")));

        assertThat(loaded.bank().questions()).extracting(Question::id).containsExactly("a-card", "c-card");
        assertThat(loaded.packs()).extracting(PackSummary::file).containsExactly("a.json", "c.json");
        assertThat(loaded.refused()).extracting(RefusedPack::file).containsExactly("b.json");
    }

    @Test
    void aPackThatIsNotUtf8IsRefused() {
        LoadedBank loaded = load(new PackFile("latin1.json", new byte[] {'{', (byte) 0xE9, '}'}));

        assertThat(loaded.problems()).singleElement().asString().startsWith("latin1.json: not UTF-8 text");
    }

    @Test
    void anEmptyFileIsMalformed() {
        assertThat(load(pack("empty.json", "")).problems()).extracting(PackProblem::toString)
                .containsExactly("empty.json: malformed JSON at line 1, column 1: End of input");
    }

    @Test
    void aPackMustBeAnObject() {
        assertThat(load(pack("list.json", "[]")).problems()).extracting(PackProblem::toString).containsExactly(
                "list.json: a pack must be a JSON object {\"format\": 1, \"pack\": …, \"title\": …, \"questions\": […]}");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(load(pack("bom.json", "\uFEFF" + cardPack("bom-card"))).allValid()).isTrue();
    }

    @Test
    void validQuestionsBecomeTheMatchingRecords() {
        LoadedBank loaded = load(pack("base.json", BASE));

        Mcq mcq = (Mcq) loaded.bank().byId("t-mcq").orElseThrow();
        assertThat(mcq.options().get(mcq.correctOption())).isEqualTo("Navy");
        Pairs pairs = (Pairs) loaded.bank().byId("t-pairs").orElseThrow();
        assertThat(pairs.pairs().get(1).actual()).isEqualTo("Army");
        assertThat(pairs.options().get(pairs.correctOption())).isEqualTo("Only two");
        Chronology chronology = (Chronology) loaded.bank().byId("t-chronology").orElseThrow();
        assertThat(chronology.options()).containsExactly("1-3-2", "2-1-3", "2-3-1", "3-2-1");
        assertThat(chronology.options().get(chronology.correctOption())).isEqualTo("2-3-1");
        Statements chosen = (Statements) loaded.bank().byId("t-statements").orElseThrow();
        assertThat(chosen.options()).containsExactly("1 only", "2 only", "1 and 3 only", "2 and 3 only");
        assertThat(chosen.correctOption()).isZero();
        Assertion assertion = (Assertion) loaded.bank().byId("t-assertion").orElseThrow();
        assertThat(assertion.key()).isEqualTo(Assertion.AssertionKey.BOTH_TRUE_EXPLAINS);
        Question statements = loaded.bank().byId("t-statements").orElseThrow();
        assertThat(statements.topics()).containsExactly(Topic.HISTORY, Topic.DIPLOMACY);
        Question essay = loaded.bank().byId("t-descriptive").orElseThrow();
        assertThat(essay.type()).isEqualTo(QuestionType.DESCRIPTIVE);
        assertThat(essay.pyq()).hasValueSatisfying(p -> assertThat(p.year()).isEqualTo(2020));
    }

    @ParameterizedTest(name = "\"{0}\" is an id: {1}")
    @CsvSource({"a, true", "def-jimex-mcq, true", "q1-2, true", "'', false", "-a, false", "a-, false", "a--b, false",
        "A, false", "a b, false", "a_b, false", "\u00e9t\u00e9, false"})
    void anIdIsLowerCaseWordsJoinedByDashes(String id, boolean valid) {
        assertThat(PackReader.isId(id)).isEqualTo(valid)
                .isEqualTo(id.matches("[a-z0-9]+(?:-[a-z0-9]+)*"));
    }
}
