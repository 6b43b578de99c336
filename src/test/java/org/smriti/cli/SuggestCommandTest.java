package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.data.notes.NoteStore;

class SuggestCommandTest {

    private static final String NOTE = "## Defence\n\n- In 2014, India and Japan upgraded their ties.\n"
            + "- Both forces hold bilateral exercises namely, **JIMEX (naval)** and **Dharma Guardian (Army)**.\n";

    @TempDir
    Path dir;

    private final CliConsole console = new CliConsole();

    private Path note(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path note(String text) throws IOException {
        return note("note.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void printsEachSuggestionWithItsKindLineAndAnswer() throws IOException {
        Path file = note(NOTE);

        assertThat(console.run("suggest", file.toString())).as(console.err()).isEqualTo(Cli.OK);
        assertThat(console.out())
                .contains("1. [year] line 3\n   In {{c1::2014::year}}, India and Japan upgraded their ties.\n"
                        + "   answer: 2014\n")
                .contains("[exercise] line 4").contains("{{c1::JIMEX}} (naval)").contains("answer: Dharma Guardian")
                .endsWith("3 suggestions from " + file + ".\n");
        assertThat(console.out()).doesNotContain("Defence\n");
    }

    @Test
    void jsonPrintsOneObjectPerLineWithTextQuoteAnswerAndKind() throws IOException {
        Path file = note(NOTE);

        assertThat(console.run("suggest", file.toString(), "--json")).isEqualTo(Cli.OK);
        List<String> lines = console.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(first.get("text").getAsString())
                .isEqualTo("In {{c1::2014::year}}, India and Japan upgraded their ties.");
        assertThat(first.get("quote").getAsString()).isEqualTo("In 2014, India and Japan upgraded their ties.");
        assertThat(first.get("answer").getAsString()).isEqualTo("2014");
        assertThat(first.get("kind").getAsString()).isEqualTo("year");
        assertThat(first.get("hint").getAsString()).isEqualTo("year");
        assertThat(first.get("line").getAsInt()).isEqualTo(3);
        assertThat(lines).allSatisfy(l -> assertThat(JsonParser.parseString(l).getAsJsonObject().keySet())
                .contains("text", "quote", "answer", "kind"));
    }

    @Test
    void aNoteWithoutFactsSaysSo() throws IOException {
        Path file = note("# Heading\n\nThis note has nothing worth asking about at all.\n");

        assertThat(console.run("suggest", file.toString())).isEqualTo(Cli.OK);
        assertThat(console.out()).startsWith("No suggestions for " + file);
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        byte[] text = "In 2014, India and Japan upgraded their ties.".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        assertThat(console.run("suggest", note("bom.txt", withMark).toString(), "--json")).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("\"quote\":\"In 2014, India and Japan upgraded their ties.\"");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.md");

        assertThat(console.run("suggest", missing.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).isEqualTo("suggest: " + missing + " does not exist.\n");
    }

    @Test
    void aFolderIsRefused() {
        assertThat(console.run("suggest", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).isEqualTo("suggest: " + dir + " is a folder, not a file.\n");
    }

    @Test
    void textThatIsNotUtf8AsksForUtf8() throws IOException {
        Path file = note("latin1.txt", "Année 2014: café".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(console.run("suggest", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).startsWith("suggest: latin1.txt is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void utf16TextAsksForUtf8() throws IOException {
        Path file = note("wide.txt", "In 2014, India".getBytes(StandardCharsets.UTF_16));

        assertThat(console.run("suggest", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).startsWith("suggest: wide.txt is UTF-16 text: save it as UTF-8");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path file = note("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(console.run("suggest", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).startsWith("suggest: image.png is not a text file (it holds binary data)");
    }

    @Test
    void anEmptyOrBlankFileIsRefused() throws IOException {
        Path empty = note("empty.txt", new byte[0]);
        Path blank = note("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));

        assertThat(console.run("suggest", empty.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.run("suggest", blank.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("suggest: " + empty + " is empty.\n")
                .contains("suggest: blank.txt is empty: there is nothing to make cards from.\n");
    }

    @Test
    void aFileOverTwoMegabytesIsRefused() throws IOException {
        byte[] big = new byte[(int) NoteStore.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Path file = note("big.txt", big);

        assertThat(console.run("suggest", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.err()).isEqualTo("suggest: big.txt is 2.0 MB, over the 2 MB a note may hold: split it into"
                + " smaller notes.\n");
    }

    @Test
    void aNoteOfExactlyTwoMegabytesIsRead() throws IOException {
        byte[] big = new byte[(int) NoteStore.MAX_BYTES];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThat(console.run("suggest", note("edge.txt", big).toString())).as(console.err()).isEqualTo(Cli.OK);
    }

    @Test
    void wrongArgumentsShowTheUsage() throws IOException {
        Path file = note(NOTE);

        assertThat(console.run("suggest")).isEqualTo(Cli.USAGE);
        assertThat(console.run("suggest", file.toString(), file.toString())).isEqualTo(Cli.USAGE);
        assertThat(console.run("suggest", file.toString(), "--yaml")).isEqualTo(Cli.USAGE);
        assertThat(console.err()).contains("usage: smriti suggest NOTE [--json]").contains("unknown option --yaml");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(Cli.isCommand("suggest")).isTrue();
        assertThat(console.run("help")).isEqualTo(Cli.OK);
        assertThat(console.out()).contains("suggest NOTE [--json]");
    }
}
