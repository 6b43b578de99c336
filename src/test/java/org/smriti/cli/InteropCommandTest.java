package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.cards.OwnCards;
import org.smriti.data.journal.ProgressStore;

class InteropCommandTest {

    private static final String CSV = "prompt,answer,topic,source_doc,source_quote\n"
            + "Which service runs JIMEX?,The navies.,defence,000_2b59ad7f4d9ca176.txt,JIMEX (naval)\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private final CliConsole console = new CliConsole();

    @Test
    void exportAnkiWritesTheHeaderAndOneRowPerQuestion() throws IOException {
        Path file = elsewhere.resolve("smriti.txt");
        assertThat(console.run("export-anki", file.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);
        int questions = BankLoader.loadApp(dataDir).bank().questions().size();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(7 + questions)
                .startsWith("#separator:tab", "#html:true");
        assertThat(console.out()).contains("Wrote " + questions + " notes");
    }

    @Test
    void exportAnkiNeedsATxtFile() {
        assertThat(console.run("export-anki", "deck.csv", "--data-dir", dataDir.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("usage: smriti export-anki FILE.txt");
    }

    @Test
    void importSavesACleanCsvIntoPacks() throws IOException {
        Path csv = Files.writeString(elsewhere.resolve("mine.csv"), CSV);
        assertThat(console.run("import", csv.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("mine.csv: 1 question (1 flashcard)",
                "  Which service runs JIMEX?", "Smriti loads it at its next start.");
        assertThat(dataDir.resolve("packs/mine.json")).exists();
    }

    @Test
    void importWithProblemsPrintsThemAndSavesNothing() throws IOException {
        Path csv = Files.writeString(elsewhere.resolve("mine.csv"), CSV.replace("defence", "war"));
        assertThat(console.run("import", csv.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.FAILED);
        assertThat(console.err()).contains("mine.csv: row 2: topic: unknown topic \"war\"",
                "Nothing imported: fix the file and import it again.");
        assertThat(dataDir.resolve("packs")).doesNotExist();
    }

    @Test
    void importOfAMissingFileIsAUsageError() {
        assertThat(console.run("import", elsewhere.resolve("none.csv").toString(), "--data-dir", dataDir.toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("none.csv does not exist.");
    }

    @Test
    void importOfAnAnkiFileAddsItsNotesToTheOwnCards() throws IOException {
        Path deck = Files.writeString(elsewhere.resolve("deck.txt"), "#separator:tab\nQ\tA\nQ2\tA2\n");

        assertThat(console.run("import", deck.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);

        assertThat(console.out()).contains(
                "deck.txt: 2 notes → 2 cards (2 flashcard): 2 new, 0 updated, 0 unchanged.",
                "Imported deck.txt: 2 new and 0 updated cards, ready to study. They are in "
                        + BankLoader.ownCardsFile(dataDir.toAbsolutePath()));
        assertThat(new OwnCards(dataDir).load()).hasSize(2);
    }

    @Test
    void anAnkiFileWithProblemsPrintsThemByLineAndImportsNothing() throws IOException {
        Path deck = Files.writeString(elsewhere.resolve("deck.txt"), "#guid column:1\ng\tQ\tA\ng\tQ2\tA2\n");

        assertThat(console.run("import", deck.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.FAILED);

        assertThat(console.err()).contains("deck.txt: line 3: GUID g is also on line 2",
                "Nothing imported");
        assertThat(BankLoader.ownCardsFile(dataDir)).doesNotExist();
    }

    @Test
    void anAnkiImportWaitsForTheAppToBeClosed() throws IOException {
        Path deck = Files.writeString(elsewhere.resolve("deck.txt"), "Q\tA\n");

        try (ProgressStore open = ProgressStore.open(dataDir, Clock.systemUTC())) {
            assertThat(console.run("import", deck.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.FAILED);
        }

        assertThat(console.err()).contains("Smriti is open with", "Nothing was imported.");
        assertThat(BankLoader.ownCardsFile(dataDir)).doesNotExist();
    }

    @Test
    void ownCardsExportedToAnkiComeBackIntoAnotherDataFolder() throws IOException {
        console.run("import", Files.writeString(elsewhere.resolve("deck.txt"),
                "#notetype:Cloze\n{{c1::Tokyo}} is a capital\t\n")
                .toString(), "--data-dir", dataDir.toString());
        Path exported = elsewhere.resolve("smriti.txt");
        assertThat(console.run("export-anki", exported.toString(), "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);
        Path fresh = elsewhere.resolve("fresh");

        assertThat(console.run("import", exported.toString(), "--data-dir", fresh.toString())).isEqualTo(Cli.OK);

        assertThat(new OwnCards(fresh).load()).isEqualTo(new OwnCards(dataDir).load()).hasSize(1);
    }

    @Test
    void helpListsBothCommands() {
        assertThat(console.run("help")).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("export-anki FILE.txt [--data-dir DIR]",
                "import FILE.txt|FILE.json|FILE.csv [--data-dir DIR]");
    }
}
