package org.smriti.data.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackWriter;
import org.smriti.data.cards.OwnCards;

/**
 * The file must match Anki's documented text format (manual, "Importing → Text Files"): {@code #key:value}
 * header lines first, then tab-separated rows where a field holding a tab, a quote or a line break is wrapped in
 * double quotes and a quote inside it is doubled.
 */
class AnkiExportTest {

    private static final SourceDocument DOC = new SourceDocument("doc.txt", "Defence ties", "JIMEX (naval)");

    private static QuestionMeta meta(String id, String prompt, String explanation, Pyq pyq, Topic... topics) {
        return new QuestionMeta(id, prompt, explanation, List.of(topics), 2, new SourceRef("doc.txt", "JIMEX (naval)"),
                pyq);
    }

    private static final Mcq MCQ = new Mcq(meta("def-jimex-mcq", "Which service runs JIMEX?", "It is naval.", null,
            Topic.DEFENCE), List.of("Army", "Navy", "Air Force", "Coast Guard"), 1);

    @Test
    void fileStartsWithAnkisHeaderLinesInOrder() {
        String text = AnkiExport.text(List.of(MCQ), Set.of(), List.of(DOC));
        assertThat(text.split("\n", -1)).startsWith(
                "#separator:tab",
                "#html:true",
                "#guid column:1",
                "#notetype column:2",
                "#deck column:3",
                "#tags column:6",
                "#columns:GUID\tNote type\tDeck\tFront or Text\tBack or Back Extra\tTags\tSmriti");
    }

    @Test
    void oneRowPerQuestionWithSevenColumns() throws IOException {
        String text = AnkiExport.text(List.of(MCQ, flashcard("c-1", "Q?", "A.")), Set.of(), List.of(DOC));
        List<CSVRecord> rows = rows(text);
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(7));
        assertThat(text).endsWith("\n");
    }

    @Test
    void mcqRowHasGuidNoteTypeDeckFrontBackTagsAndNoSmritiColumn() throws IOException {
        CSVRecord row = rows(AnkiExport.text(List.of(MCQ), Set.of(), List.of(DOC))).get(0);
        assertThat(row.values()).containsExactly(
                "smriti:def-jimex-mcq",
                "Basic",
                "Smriti::India-Japan",
                "Which service runs JIMEX?<br><br>(a) Army<br>(b) Navy<br>(c) Air Force<br>(d) Coast Guard",
                "Answer: (b) Navy<br><br>It is naval.<br><br>Source: Defence ties — “JIMEX (naval)”",
                "defence mcq",
                "");
    }

    @Test
    void dataLinesAreTheExactTabSeparatedText() {
        String text = AnkiExport.text(List.of(MCQ), Set.of(), List.of(DOC));
        assertThat(text.split("\n")[7]).isEqualTo("smriti:def-jimex-mcq\tBasic\tSmriti::India-Japan\t"
                + "Which service runs JIMEX?<br><br>(a) Army<br>(b) Navy<br>(c) Air Force<br>(d) Coast Guard\t"
                + "Answer: (b) Navy<br><br>It is naval.<br><br>Source: Defence ties — “JIMEX (naval)”\t"
                + "defence mcq\t");
    }

    @Test
    void htmlCharactersAreEscapedAndLineBreaksBecomeBr() {
        Flashcard card = flashcard("c-1", "Is 3 < 4 & 5 > 4?\nSay why.", "Yes.");
        assertThat(AnkiExport.front(card)).isEqualTo("Is 3 &lt; 4 &amp; 5 &gt; 4?<br>Say why.");
    }

    @Test
    void scriptInTextIsExportedAsText() {
        Flashcard card = flashcard("c-1", "<script>alert(1)</script>", "A.");
        assertThat(AnkiExport.front(card)).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void fieldWithTabOrQuoteIsQuotedWithQuotesDoubled() {
        Flashcard card = flashcard("c-1", "Tab\there, \"quoted\"", "A.");
        String line = AnkiExport.text(List.of(card), Set.of(), List.of(DOC)).split("\n")[7];
        assertThat(line).contains("\t\"Tab\there, \"\"quoted\"\"\"\t");
    }

    @Test
    void fieldStartingWithHashIsQuotedSoAnkiNeverTakesItForAComment() {
        Flashcard card = flashcard("c-1", "#1 partner?", "Japan.");
        String line = AnkiExport.text(List.of(card), Set.of(), List.of(DOC)).split("\n")[7];
        assertThat(line).contains("\t\"#1 partner?\"\t");
    }

    @Test
    void rowsParseBackToTheSameFieldsWhateverTheyHold() throws IOException {
        Flashcard card = flashcard("c-1", "a\tb \"c\" #d ; e,f", "x\ny");
        CSVRecord row = rows(AnkiExport.text(List.of(card), Set.of(), List.of(DOC))).get(0);
        assertThat(row.get(3)).isEqualTo("a\tb \"c\" #d ; e,f");
        assertThat(row.get(4)).startsWith("x<br>y<br><br>");
    }

    @Test
    void statementsAreNumberedAndCloseWithTheQuestion() {
        Statements s = new Statements(meta("s-1", "Consider the following statements:", "E.", null, Topic.HISTORY),
                List.of(new Statements.Statement("One", true), new Statements.Statement("Two", false)),
                Statements.Style.WHICH);
        assertThat(AnkiExport.front(s)).isEqualTo("Consider the following statements:<br><br>1. One<br>2. Two"
                + "<br><br>Which of the statements given above is/are correct?"
                + "<br><br>(a) 1 only<br>(b) 2 only<br>(c) Both 1 and 2<br>(d) Neither 1 nor 2");
        assertThat(AnkiExport.back(s, DOC)).startsWith("Answer: (a) 1 only<br><br>");
    }

    @Test
    void pairsShowHeaderNumberedPairsAndClosingQuestion() {
        Pairs p = new Pairs(meta("p-1", "Consider the following pairs:", "E.", null, Topic.DEFENCE), "Exercise",
                "Service", List.of(new Pairs.Pair("JIMEX", "Navy", true, null),
                new Pairs.Pair("Dharma Guardian", "Air Force", false, "Army"),
                new Pairs.Pair("SHINYUU Maitri", "Air Force", true, null)));
        assertThat(AnkiExport.front(p)).isEqualTo("Consider the following pairs:<br><br>Exercise — Service"
                + "<br>1. JIMEX — Navy<br>2. Dharma Guardian — Air Force<br>3. SHINYUU Maitri — Air Force"
                + "<br><br>How many of the above pairs are correctly matched?"
                + "<br><br>(a) Only one<br>(b) Only two<br>(c) All three<br>(d) None");
    }

    @Test
    void assertionShowsBothStatementsAndUpscOptions() {
        Assertion a = new Assertion(meta("a-1", "Consider the following statements:", "E.", null, Topic.ECONOMY),
                "First.", "Second.", Assertion.AssertionKey.ONLY_FIRST_TRUE);
        assertThat(AnkiExport.front(a)).startsWith("Consider the following statements:<br><br>Statement-I: First."
                + "<br><br>Statement-II: Second.<br><br>" + Assertion.CLOSING_QUESTION + "<br><br>(a) Both");
        assertThat(AnkiExport.back(a, DOC)).startsWith("Answer: (c) Statement-I is correct, but Statement-II is incorrect");
    }

    @Test
    void chronologyNumbersEventsAndOffersOrderings() {
        Chronology c = new Chronology(meta("his-partnership-chronology", "Arrange:", "E.", null, Topic.HISTORY),
                List.of(new Chronology.Event("Special", 2014), new Chronology.Event("Global", 2000),
                        new Chronology.Event("Strategic", 2006)));
        String front = AnkiExport.front(c);
        assertThat(front).startsWith("Arrange:<br><br>1. Special<br>2. Global<br>3. Strategic<br><br>"
                + Chronology.CLOSING_QUESTION + "<br><br>(a) ");
        assertThat(AnkiExport.back(c, DOC)).startsWith("Answer: " + "(" + (char) ('a' + c.correctOption()) + ") 2-3-1");
    }

    @Test
    void descriptiveBackListsThePointsAndPyqIsTaggedAndShown() {
        Descriptive d = new Descriptive(meta("pyq-quad", "Discuss the Quad.", "E.",
                new Pyq("UPSC CSE Mains", "GS Paper II", 2020), Topic.MULTILATERAL, Topic.DIPLOMACY),
                List.of("Point one", "Point two"));
        assertThat(AnkiExport.front(d)).isEqualTo("UPSC CSE Mains 2020 · GS Paper II<br><br>Discuss the Quad.");
        assertThat(AnkiExport.back(d, DOC)).isEqualTo("• Point one<br>• Point two<br><br>E.<br><br>"
                + "Source: Defence ties — “JIMEX (naval)”");
        assertThat(AnkiExport.tags(d)).isEqualTo("multilateral diplomacy descriptive pyq");
    }

    @Test
    void wholeBundledBankExportsOneWellFormedRowPerQuestion(@TempDir Path dir) throws IOException {
        LoadedBank bank = BankLoader.loadBundled();
        Path file = dir.resolve("smriti-anki.txt");
        AnkiExport.write(file, bank.bank().questions(), bank.documents());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<CSVRecord> rows = rows(text);
        assertThat(rows).hasSize(bank.bank().questions().size());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.size()).isEqualTo(7);
            assertThat(r.get(0)).startsWith("smriti:");
            assertThat(r.get(1)).isEqualTo("Basic");
            assertThat(r.get(2)).isEqualTo("Smriti::India-Japan");
            assertThat(r.get(3)).doesNotContain("\n", "\r").isNotBlank();
            assertThat(r.get(4)).doesNotContain("\n", "\r").contains("Source: ");
            assertThat(r.get(6)).isEmpty();
        });
        assertThat(rows.stream().map(r -> r.get(0)).distinct()).hasSameSizeAs(rows);
        assertThat(Arrays.stream(text.split("\n")).filter(l -> l.startsWith("#"))).hasSize(AnkiExport.HEADER.size());
    }

    @Test
    void aClozeNoteIsOneRowOfAnkisClozeNoteTypeWithItsTextAndBackExtra() throws IOException {
        List<Question> cards = cloze("my-jimex", "The {{c1::JIMEX}} <exercise> is {{c2::naval::service}}.");

        List<CSVRecord> rows = rows(AnkiExport.text(cards, Set.of(), List.of(DOC)));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).containsExactly("smriti:my-jimex", "Cloze", "Smriti::India-Japan",
                "The {{c1::JIMEX}} &lt;exercise&gt; is {{c2::naval::service}}.", "Naval.", "general cloze mine", "");
    }

    @Test
    void ownCardsCarryTheirEntryInTheSmritiColumnAndTheirTags() throws IOException {
        Flashcard own = new Flashcard(new QuestionMeta("my-a", "Q?", "", List.of(Topic.GENERAL), 2, null, null,
                List.of("polity")), "A.");

        CSVRecord row = rows(AnkiExport.text(List.of(own, MCQ), Set.of("my-a"), List.of(DOC))).get(0);

        assertThat(row.get(4)).isEqualTo("A.");
        assertThat(row.get(5)).isEqualTo("general flashcard polity");
        assertThat(row.get(6)).isEqualTo(PackWriter.entry(own));
    }

    @Test
    void exportOfADataFolderGivesOnlyTheOwnCardsTheirSmritiColumn(@TempDir Path dataDir, @TempDir Path out)
            throws IOException {
        List<Question> cards = new ArrayList<>(cloze("my-n", "{{c1::a}} and {{c2::b}}"));
        new OwnCards(dataDir).upsert(cards);
        Path file = out.resolve("smriti.txt");

        AnkiExport.Exported exported = AnkiExport.export(file, dataDir);

        List<CSVRecord> rows = rows(Files.readString(file));
        int bundled = BankLoader.loadBundled().bank().questions().size();
        assertThat(exported.notes()).isEqualTo(bundled + 1).isEqualTo(rows.size());
        assertThat(rows).filteredOn(r -> !r.get(6).isEmpty()).extracting(r -> r.get(0)).containsExactly("smriti:my-n");
    }

    private static List<Question> cloze(String noteId, String text) {
        QuestionMeta meta = new QuestionMeta(noteId, text, "Naval.", List.of(Topic.GENERAL), 2, null, null,
                List.of("mine"));
        return List.copyOf(Cloze.cards(meta, text));
    }

    private static Flashcard flashcard(String id, String prompt, String answer) {
        return new Flashcard(meta(id, prompt, "E.", null, Topic.DEFENCE), answer);
    }

    /** The data rows read the way Anki reads them: after the header lines, tab-separated, RFC 4180 quoting. */
    private static List<CSVRecord> rows(String text) throws IOException {
        String data = text.lines().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
        return CSVFormat.DEFAULT.builder().setDelimiter('\t').get().parse(new StringReader(data)).getRecords();
    }
}
