package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String DOC = "JIMEX is the naval exercise; Dharma Guardian is the Army's.";

    @TempDir
    Path dir;

    private final CliConsole console = new CliConsole();

    private static String card(String id, String type, String quote) {
        return """
                {"id": "%s", "type": "%s", "prompt": "JIMEX?", "answer": "Navy.", "explanation": "E.",
                 "topics": ["defence"], "difficulty": 1, "source": {"doc": "doc.txt", "quote": "%s"}}
                """.formatted(id, type, quote);
    }

    private Path bank(String... questions) throws IOException {
        Path packs = Files.createDirectories(dir.resolve("question-bank"));
        Files.writeString(packs.resolve("p.json"), "{\"format\": 1, \"pack\": \"p\", \"title\": \"P\", \"questions\": ["
                + String.join(",", questions) + "]}");
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/doc.txt"), DOC);
        return packs;
    }

    @Test
    void validatePrintsCountsPerTypeAndTopicAndExitsZeroForAValidFolder() throws IOException {
        Path packs = bank(card("a-card", "flashcard", "naval exercise"), card("b-card", "flashcard", "Army"));

        assertThat(console.run("validate", packs.toString())).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("OK: 1 pack, 2 questions, 1 source document, no problems.")
                .containsPattern("flashcard +2")
                .containsPattern("defence \\(Defence & security\\) +2");
    }

    @Test
    void validatePrintsEveryProblemAndExitsOne() throws IOException {
        Path packs = bank(card("a-card", "flashcard", "aerial exercise"), card("b-card", "card", "Army"));

        assertThat(console.run("validate", packs.toString())).isEqualTo(Cli.FAILED);
        assertThat(console.out()).contains("p.json: a-card: source.quote: not found in doc.txt")
                .contains("p.json: b-card: type: unknown type \"card\"")
                .contains("2 problems; 1 pack refused.");
    }

    @Test
    void validateUsesTheBundledDocumentsWhenTheFolderHasNoSeedsBeside() throws IOException {
        Path packs = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(packs.resolve("p.json"), "{\"format\": 1, \"pack\": \"p\", \"title\": \"P\", \"questions\": ["
                + card("a-card", "flashcard", "naval exercise").replace("doc.txt", "000_2b59ad7f4d9ca176.txt")
                        .replace("naval exercise", "JIMEX (naval)")
                + "]}");

        assertThat(console.run("validate", packs.toString())).as(console.out()).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("1 question, 5 source documents");
    }

    @Test
    void validateWithoutAFolderChecksTheBundledBank() {
        assertThat(console.run("validate")).as(console.out()).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("5 source documents, no problems.");
    }

    @Test
    void validateRefusesAPathThatIsNotAFolder() {
        assertThat(console.run("validate", dir.resolve("nope").toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("nope does not exist.");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(console.run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("unknown command: frobnicate");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(console.run("help")).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("validate [DIR]").contains("help");
    }

    @Test
    void onlyKnownCommandsAreCommands() {
        assertThat(Cli.isCommand("validate")).isTrue();
        assertThat(Cli.isCommand("help")).isTrue();
        assertThat(Cli.isCommand("--fullscreen")).isFalse();
        assertThat(Cli.isCommand(null)).isFalse();
    }

    @Test
    void classArchiveExplainsThatOnlyThePackagedAppHasOne() {
        assertThat(console.run("class-archive")).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("only the packaged app has a class archive");
    }
}
