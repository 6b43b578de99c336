package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.bank.TestPacks.load;
import static org.smriti.data.bank.TestPacks.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Question;

class PackWriterTest {

    @Test
    void everyTypeReadsBackAsItWasWritten() {
        List<Question> original = load(pack("base.json", TestPacks.BASE)).bank().questions();

        LoadedBank again = load(pack("again.json", PackWriter.write("again", "Again", original)));

        assertThat(again.problems()).isEmpty();
        assertThat(again.bank().questions()).containsExactlyElementsOf(original);
    }

    @Test
    void theWholeBundledBankSurvivesARoundTrip() throws IOException {
        LoadedBank bank = BankLoader.loadDirectory(Path.of("question-bank"), Path.of("seeds"));
        List<Question> original = bank.bank().questions();

        String json = PackWriter.write("all", "All", original);
        LoadedBank again = BankLoader.load(List.of(pack("all.json", json)), bank.documents());

        assertThat(again.problems()).isEmpty();
        assertThat(again.bank().questions()).containsExactlyElementsOf(original);
    }

    @Test
    void eachQuestionIsOneLineOfThePack() throws IOException {
        LoadedBank bank = BankLoader.loadDirectory(Path.of("question-bank"), Path.of("seeds"));
        List<Question> some = bank.bank().questions().subList(0, 5);

        String json = PackWriter.write("some", "Some", some);

        assertThat(json.lines().filter(line -> line.startsWith("    {\"id\":"))).hasSize(5);
    }

    @Test
    void aClozeNoteIsWrittenOnceForAllItsCards() {
        String own = "{\"format\": 1, \"pack\": \"my-cards\", \"title\": \"Mine\", \"questions\": ["
                + "{\"id\": \"my-n\", \"type\": \"cloze\", \"text\": \"{{c1::a}} and {{c2::b}}\","
                + " \"topics\": [\"general\"], \"difficulty\": 2, \"tags\": [\"x\"]}]}";
        List<Question> cards = load(pack("packs/my-cards.json", own)).bank().questions();

        String json = PackWriter.write("my-cards", "Mine", cards);

        assertThat(json.lines().filter(line -> line.contains("\"type\":\"cloze\""))).hasSize(1);
        assertThat(load(pack("packs/my-cards.json", json)).bank().questions()).containsExactlyElementsOf(cards);
    }
}
