package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.DisplayedQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.Statements;
import org.smriti.data.bank.BankLoader;

class QuestionsCommandTest {

    private static final String OWN_CARDS = """
            {"format": 1, "pack": "my-cards", "title": "My cards", "questions": [
              {"id": "my-jimex", "type": "cloze", "text": "{{c1::JIMEX}} is the {{c2::naval::service}} exercise.",
               "topics": ["defence"], "difficulty": 1, "tags": ["anki::upsc"]}]}
            """;

    @TempDir
    Path dataDir;

    private final CliConsole console = new CliConsole();

    private List<JsonObject> jsonLines() {
        return console.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .toList();
    }

    private void ownCards() throws IOException {
        Files.createDirectories(dataDir.resolve("packs"));
        Files.writeString(dataDir.resolve("packs/my-cards.json"), OWN_CARDS);
    }

    @Test
    void jsonPrintsEveryQuestionOfTheDataFolderOneObjectPerLineAsDisplayed() throws IOException {
        ownCards();
        List<Question> studied = BankLoader.loadApp(dataDir).bank().questions();

        assertThat(console.run("questions", "--json", "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);

        List<JsonObject> lines = jsonLines();
        assertThat(lines).hasSize(studied.size());
        for (int i = 0; i < studied.size(); i++) {
            DisplayedQuestion shown = DisplayedQuestion.of(studied.get(i));
            assertThat(lines.get(i).get("id").getAsString()).isEqualTo(studied.get(i).id());
            assertThat(lines.get(i).get("prompt").getAsString()).isEqualTo(shown.prompt());
            assertThat(lines.get(i).getAsJsonArray("options")).hasSize(shown.options().size());
        }
        assertThat(lines.get(0).keySet()).containsExactly("id", "type", "prompt", "options", "answer", "answerText",
                "explanation", "topics", "tags", "source", "pack");
    }

    @Test
    void anMcqCarriesItsOptionsKeySourceAndPack() {
        assertThat(console.run("questions", "--json", "--data-dir", dataDir.toString(), "pyq-prelims-2020-g20"))
                .isEqualTo(Cli.OK);

        JsonObject g20 = jsonLines().get(0);
        assertThat(g20.get("type").getAsString()).isEqualTo("mcq");
        assertThat(g20.get("answer").getAsInt()).isZero();
        assertThat(g20.getAsJsonArray("options").get(0).getAsString())
                .isEqualTo("Argentina, Mexico, South Africa and Turkey");
        assertThat(g20.get("answerText").isJsonNull()).isTrue();
        assertThat(g20.getAsJsonObject("source").get("doc").getAsString()).isEqualTo("000_2b59ad7f4d9ca176.txt");
        assertThat(g20.get("pack").getAsString()).isEqualTo("relations");
    }

    @Test
    void aStatementsPromptHoldsItsNumberedStatementsAndClosingQuestion() throws IOException {
        Statements first = BankLoader.loadApp(dataDir).bank().questions().stream()
                .filter(q -> q instanceof Statements).map(q -> (Statements) q).findFirst().orElseThrow();

        assertThat(console.run("questions", "--json", "--data-dir", dataDir.toString(), first.id())).isEqualTo(Cli.OK);

        assertThat(jsonLines().get(0).get("prompt").getAsString()).startsWith(first.prompt() + "\n1. ")
                .contains("\n2. " + first.statements().get(1).text()).endsWith(first.closingQuestion());
    }

    @Test
    void aClozeNoteIdPrintsEachCardWithItsBlankAndAnswer() throws IOException {
        ownCards();

        assertThat(console.run("questions", "--json", "--data-dir", dataDir.toString(), "my-jimex")).isEqualTo(Cli.OK);

        List<JsonObject> cards = jsonLines();
        assertThat(cards).extracting(c -> c.get("id").getAsString()).containsExactly("my-jimex-c1", "my-jimex-c2");
        assertThat(cards.get(1).get("prompt").getAsString()).isEqualTo("JIMEX is the [service] exercise.");
        assertThat(cards.get(1).get("answerText").getAsString()).isEqualTo("naval");
        assertThat(cards.get(1).get("answer").isJsonNull()).isTrue();
        assertThat(cards.get(1).get("source").isJsonNull()).isTrue();
        assertThat(cards.get(1).getAsJsonArray("tags").get(0).getAsString()).isEqualTo("anki::upsc");
        assertThat(cards.get(1).get("pack").getAsString()).isEqualTo("my-cards");
    }

    @Test
    void plainTextShowsTheQuestionItsLetteredOptionsAndTheAnswer() {
        assertThat(console.run("questions", "--data-dir", dataDir.toString(), "pyq-prelims-2020-g20"))
                .isEqualTo(Cli.OK);

        assertThat(console.out()).contains(
                "UPSC CSE Prelims 2020 · GS Paper I",
                "In which one of the following groups are all the four countries members of G20?",
                "(a) Argentina, Mexico, South Africa and Turkey\n(b) Australia",
                "Answer: (a) Argentina, Mexico, South Africa and Turkey");
    }

    @Test
    void anUnknownIdIsNamedAndNothingIsPrinted() {
        assertThat(console.run("questions", "--data-dir", dataDir.toString(), "pyq-prelims-2020-g20", "no-such-card"))
                .isEqualTo(Cli.FAILED);

        assertThat(console.err()).contains("questions: no question with id no-such-card");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void aDataDirThatIsAFileIsRefusedAndNothingIsCreated() throws IOException {
        Path file = Files.writeString(dataDir.resolve("notes.txt"), "x");

        assertThat(console.run("questions", "--data-dir", file.toString())).isEqualTo(Cli.USAGE);

        assertThat(console.err()).contains(file + " is a file, not a data folder");
        assertThat(console.out()).isEmpty();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingDataDirIsRefusedAndNotCreated() {
        Path missing = dataDir.resolve("nowhere");

        assertThat(console.run("questions", "--data-dir", missing.toString())).isEqualTo(Cli.USAGE);

        assertThat(console.err()).contains(missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(console.run("questions", "--yaml", "--data-dir", dataDir.toString())).isEqualTo(Cli.USAGE);

        assertThat(console.err()).contains("usage: smriti questions [--json]");
    }
}
