package org.smriti.data.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;

class PackImportTest {

    static final String DOC = "000_2b59ad7f4d9ca176.txt";
    static final String HEADER = "prompt,answer,option_a,option_b,option_c,option_d,topic,source_doc,source_quote";
    static final String MCQ_ROW = "Which service runs JIMEX?,b,Army,Navy,Air Force,Coast Guard,defence," + DOC
            + ",JIMEX (naval)";
    static final String CARD_ROW = "Which service runs JIMEX?,The navies.,,,,,defence;diplomacy," + DOC
            + ",JIMEX (naval)";

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    @Test
    void csvRoundTripsThroughThePackFormatIntoTheBank() throws IOException {
        Path csv = write("My Pack.csv", HEADER + ",explanation,difficulty\n"
                + MCQ_ROW + ",\"JIMEX is naval, \"\"the\"\" Japan–India Maritime Exercise.\",1\n"
                + CARD_ROW + ",,\n");
        ImportPreview preview = PackImport.preview(csv, dataDir);
        assertThat(preview.problems()).isEmpty();
        List<Question> expected = List.of(
                new Mcq(new QuestionMeta("user-my-pack-2", "Which service runs JIMEX?",
                        "JIMEX is naval, \"the\" Japan–India Maritime Exercise.", List.of(Topic.DEFENCE), 1,
                        new SourceRef(DOC, "JIMEX (naval)"), null),
                        List.of("Army", "Navy", "Air Force", "Coast Guard"), 1),
                new Flashcard(new QuestionMeta("user-my-pack-3", "Which service runs JIMEX?",
                        "No explanation was given in My Pack.csv.", List.of(Topic.DEFENCE, Topic.DIPLOMACY),
                        CsvPackImport.DEFAULT_DIFFICULTY, new SourceRef(DOC, "JIMEX (naval)"), null),
                        "The navies."));
        assertThat(preview.questions()).isEqualTo(expected);

        Path saved = PackImport.save(preview, dataDir);
        assertThat(saved).isEqualTo(dataDir.resolve("packs/my-pack.json"));
        LoadedBank bank = BankLoader.loadApp(dataDir);
        assertThat(bank.refused()).isEmpty();
        List<Question> all = bank.bank().questions();
        assertThat(all.subList(all.size() - 2, all.size())).isEqualTo(expected);
    }

    @Test
    void previewCountsTypesAndListsFirstPrompts() throws IOException {
        ImportPreview preview = PackImport.preview(write("mine.csv", HEADER + "\n" + MCQ_ROW + "\n" + CARD_ROW
                + "\n" + CARD_ROW.replace("Which service", "Whose navy") + "\n"), dataDir);
        assertThat(preview.countsByType()).isEqualTo(Map.of(QuestionType.MCQ, 1, QuestionType.FLASHCARD, 2));
        assertThat(preview.firstPrompts(2)).containsExactly("Which service runs JIMEX?", "Which service runs JIMEX?");
        assertThat(preview.target()).isEqualTo("packs/mine.json");
    }

    @ParameterizedTest(name = "answer ''{0}'' is option {1}")
    @CsvSource(delimiter = '|', value = {"a|0", "B|1", "(c)|2", "Coast Guard|3"})
    void mcqAnswerIsALetterOrTheOptionText(String answer, int index) throws IOException {
        ImportPreview preview = PackImport.preview(write("mine.csv", HEADER + "\n"
                + MCQ_ROW.replace(",b,", "," + answer + ",") + "\n"), dataDir);
        assertThat(((Mcq) preview.questions().get(0)).correctOption()).isEqualTo(index);
    }

    @Test
    void givenIdAndByteOrderMarkAreKept() throws IOException {
        ImportPreview preview = PackImport.preview(write("mine.csv", "\uFEFF" + HEADER + ",id\n" + MCQ_ROW
                + ",my-jimex\n"), dataDir);
        assertThat(preview.questions()).extracting(Question::id).containsExactly("my-jimex");
    }

    static Stream<Arguments> malformedCsv() {
        return Stream.of(
                Arguments.of("empty file",
                        "",
                        "bad.csv: empty file; the first row must name the columns: prompt,answer,topic,source_doc,source_quote (see docs/interop.md)"),
                Arguments.of("header only",
                        "prompt,answer,topic,source_doc,source_quote\n",
                        "bad.csv: no questions below the header row"),
                Arguments.of("source column missing",
                        "prompt,answer,topic,source_doc\nQ,A,defence,x",
                        "bad.csv: row 1: source_quote: missing column (every question cites a passage of a source document)"),
                Arguments.of("unknown column",
                        "prompt,answer,topic,source_doc,source_quote,colour\nQ,A,defence,d,q,red",
                        "bad.csv: row 1: colour: unknown column (allowed: prompt, answer, topic, source_doc, source_quote, option_a, option_b, option_c, option_d, explanation, id, difficulty)"),
                Arguments.of("separated by semicolons",
                        "prompt;answer;topic;source_doc;source_quote\nQ;A;defence;d;q",
                        "bad.csv: row 1: columns are separated by semicolons; save the file as CSV with commas"),
                Arguments.of("column without a name",
                        "prompt,answer,topic,source_doc,source_quote,\nQ,A,defence,d,q,",
                        "bad.csv: row 1: column 6: has no name; name it or delete the column"),
                Arguments.of("id not in the id format",
                        "HEADER,id\nQ?,A,,,,,defence,DOC,JIMEX (naval),My Q",
                        "bad.csv: row 2: id: must be lower-case letters and digits in words joined by \"-\", e.g. def-jimex-mcq"),
                Arguments.of("column named twice",
                        "prompt,answer,topic,source_doc,source_quote,Prompt\nQ,A,defence,d,q,Q",
                        "bad.csv: row 1: prompt: named twice"),
                Arguments.of("some option columns",
                        "prompt,answer,topic,source_doc,source_quote,option_a,option_b,option_c\nQ,a,defence,d,q,x,y,z",
                        "bad.csv: row 1: option_d: missing column (option_a to option_d go together)"),
                Arguments.of("too few cells",
                        "prompt,answer,topic,source_doc,source_quote\nQ,A,defence",
                        "bad.csv: row 2: has 3 cells, the header row has 5"),
                Arguments.of("unclosed quote",
                        "prompt,answer,topic,source_doc,source_quote\n\"Q,A,defence,d,q\n",
                        "bad.csv: not valid CSV: (startline 2) EOF reached before encapsulated token finished"),
                Arguments.of("mcq option missing",
                        "HEADER\nQ?,a,Army,Navy,,Coast Guard,defence,DOC,JIMEX (naval)",
                        "bad.csv: row 2: option_c: missing (an mcq needs four options)"),
                Arguments.of("mcq answer not an option",
                        "HEADER\nQ?,e,Army,Navy,Air Force,Coast Guard,defence,DOC,JIMEX (naval)",
                        "bad.csv: row 2: answer: \"e\" is neither a letter a-d nor the text of an option"),
                Arguments.of("difficulty not a number",
                        "HEADER,difficulty\nQ?,A,,,,,defence,DOC,JIMEX (naval),hard",
                        "bad.csv: row 2: difficulty: \"hard\" is not 1 (easy), 2 (medium) or 3 (hard)"),
                Arguments.of("difficulty out of range",
                        "HEADER,difficulty\nQ?,A,,,,,defence,DOC,JIMEX (naval),4",
                        "bad.csv: row 2: difficulty: must be 1, 2 or 3, found 4"),
                Arguments.of("same id twice",
                        "HEADER,id\nQ?,A,,,,,defence,DOC,JIMEX (naval),my-q\nR?,B,,,,,defence,DOC,JIMEX (naval),my-q",
                        "bad.csv: row 3: id: \"my-q\" is also the id of row 2"),
                Arguments.of("id of a bundled question",
                        "HEADER,id\nQ?,A,,,,,defence,DOC,JIMEX (naval),def-jimex-service-mcq",
                        "bad.csv: row 2: id: duplicate id (also in defence.json)"),
                Arguments.of("unknown topic",
                        "HEADER\nQ?,A,,,,,war,DOC,JIMEX (naval)",
                        "bad.csv: row 2: topic: unknown topic \"war\" (expected one of history, diplomacy, defence, economy, infrastructure, energy, technology, multilateral, people, challenges, general)"),
                Arguments.of("quote not in the document",
                        "HEADER\nQ?,A,,,,,defence,DOC,JIMEX (aerial)",
                        "bad.csv: row 2: source_quote: not found in 000_2b59ad7f4d9ca176.txt"),
                Arguments.of("prompt empty",
                        "HEADER\n,A,,,,,defence,DOC,JIMEX (naval)",
                        "bad.csv: row 2: prompt: missing"),
                Arguments.of("mcq answer empty",
                        "HEADER\nQ?,,Army,Navy,Air Force,Coast Guard,defence,DOC,JIMEX (naval)",
                        "bad.csv: row 2: answer: missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCsv")
    void malformedCsvIsRefusedWithAMessageNamingFileRowAndColumn(String name, String csv, String message)
            throws IOException {
        String text = csv.replace("HEADER", HEADER).replace("DOC", DOC);
        ImportPreview preview = PackImport.preview(write("bad.csv", text), dataDir);
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.problems()).containsExactly(message);
        assertThat(preview.questions()).isEmpty();
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path csv = downloads.resolve("latin.csv");
        Files.write(csv, (HEADER + "\nCaf\u00e9?,A,,,,,defence," + DOC + ",JIMEX (naval)\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PackImport.preview(csv, dataDir).problems())
                .containsExactly("latin.csv: not UTF-8 text (save it as \"CSV UTF-8\")");
    }

    @Test
    void fileOverOneMegabyteIsRefusedUnread() throws IOException {
        Path big = downloads.resolve("huge.csv");
        Files.write(big, new byte[(int) PackImport.MAX_BYTES + 1]);
        assertThat(PackImport.preview(big, dataDir).problems()).containsExactly(
                "huge.csv: 1.0 MB is more than the 1 MB a pack may have; split it into smaller files");
    }

    @Test
    void fileOfExactlyOneMegabyteIsRead() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append(",explanation\n");
        text.append(CARD_ROW).append(",");
        text.append("x".repeat((int) PackImport.MAX_BYTES - text.length() - 1)).append('\n');
        Path csv = write("full.csv", text.toString());
        assertThat(Files.size(csv)).isEqualTo(PackImport.MAX_BYTES);
        assertThat(PackImport.preview(csv, dataDir).problems()).isEmpty();
    }

    @Test
    void otherFileTypesAreRefused() throws IOException {
        assertThat(PackImport.preview(write("notes.txt", "hello"), dataDir).problems())
                .containsExactly("notes.txt: not a pack; choose a .json pack or a .csv file");
    }

    @Test
    void jsonPackIsValidatedAndSavedAsIs() throws IOException {
        String json = pack("my-card", "defence");
        ImportPreview preview = PackImport.preview(write("Mine.json", json), dataDir);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.questions()).extracting(Question::id).containsExactly("my-card");
        Path saved = PackImport.save(preview, dataDir);
        assertThat(saved).isEqualTo(dataDir.resolve("packs/mine.json"));
        assertThat(Files.readString(saved)).isEqualTo(json);
    }

    @Test
    void jsonPackProblemsNameTheChosenFile() throws IOException {
        ImportPreview preview = PackImport.preview(write("mine.json", pack("my-card", "war")), dataDir);
        assertThat(preview.problems()).containsExactly("mine.json: my-card: topics[0]: unknown topic \"war\""
                + " (expected one of history, diplomacy, defence, economy, infrastructure, energy, technology,"
                + " multilateral, people, challenges, general)");
    }

    @Test
    void idOfAnEarlierUserPackIsADuplicate() throws IOException {
        PackImport.save(PackImport.preview(write("first.json", pack("my-card", "defence")), dataDir), dataDir);
        ImportPreview second = PackImport.preview(write("second.json", pack("my-card", "defence")), dataDir);
        assertThat(second.problems()).containsExactly(
                "second.json: my-card: id: duplicate id (also in packs/first.json)");
    }

    @Test
    void packOfTheSameNameIsNotOverwritten() throws IOException {
        PackImport.save(PackImport.preview(write("mine.json", pack("my-card", "defence")), dataDir), dataDir);
        assertThat(PackImport.preview(write("mine.csv", HEADER + "\n" + MCQ_ROW + "\n"), dataDir).problems())
                .containsExactly("mine.csv: packs/mine.json already exists; rename the file to import it as another pack");
    }

    @Test
    void previewWithProblemsCannotBeSavedAndWritesNothing() throws IOException {
        ImportPreview refused = PackImport.preview(write("bad.csv", ""), dataDir);
        assertThatThrownBy(() -> PackImport.save(refused, dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.csv: has problems, nothing imported");
        assertThat(dataDir.resolve("packs")).doesNotExist();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Mine.csv, mine", "My Pack (2).csv, my-pack-2", "___.json, pack", "india_japan.v2.csv, india-japan-v2"})
    void packNameIsTheFileNameAsAnId(String file, String name) {
        assertThat(PackImport.packName(file)).isEqualTo(name);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(downloads.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String pack(String id, String topic) {
        return "{\"format\": 1, \"pack\": \"mine\", \"title\": \"Mine\", \"questions\": [{\"id\": \"" + id + "\","
                + " \"type\": \"flashcard\", \"prompt\": \"JIMEX?\", \"answer\": \"Naval.\", \"explanation\": \"E.\","
                + " \"topics\": [\"" + topic + "\"], \"difficulty\": 1,"
                + " \"source\": {\"doc\": \"" + DOC + "\", \"quote\": \"JIMEX (naval)\"}}]}\n";
    }
}
