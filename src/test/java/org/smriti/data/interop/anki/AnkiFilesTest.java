package org.smriti.data.interop.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;

/**
 * The import table: one file per way Anki (or a person) writes one, and the cards it gives, or the messages that
 * refuse it. Cards read {@code type: prompt → answer · topic · tags} (and the explanation when there is one).
 */
class AnkiFilesTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    /**
     * @param cards    the cards, in file order; empty when the file is refused
     * @param messages for a refused file its problems, otherwise lines the preview's summary must contain
     */
    record Case(String name, byte[] content, List<String> cards, List<String> messages) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case gives(String name, String content, List<String> cards, String... report) {
        return new Case(name, content.getBytes(StandardCharsets.UTF_8), cards, List.of(report));
    }

    private static Case refuses(String name, byte[] content, String... problems) {
        return new Case(name, content, List.of(), List.of(problems));
    }

    private static Case refuses(String name, String content, String... problems) {
        return refuses(name, content.getBytes(StandardCharsets.UTF_8), problems);
    }

    static Stream<Case> files() {
        return Stream.of(
                gives("no headers: tab-separated, first field front, second back",
                        "What is JIMEX?\tA naval exercise\nWho hosts Malabar?\tIt rotates\n",
                        List.of("flashcard: What is JIMEX? → A naval exercise · general · []",
                                "flashcard: Who hosts Malabar? → It rotates · general · []"),
                        "2 notes → 2 cards (2 flashcard): 2 new, 0 updated, 0 unchanged."),
                gives("no headers: a third column holds the tags, as Anki guesses",
                        "Q\tA\tpolity upsc::gs2\n",
                        List.of("flashcard: Q → A · general · [polity, upsc::gs2]")),
                gives("no headers: semicolons, which Anki guesses when there is no tab",
                        "Capital of Japan?;Tokyo\n",
                        List.of("flashcard: Capital of Japan? → Tokyo · general · []")),
                gives("#separator:Comma with a quoted field holding commas",
                        "#separator:Comma\n\"Tokyo, Osaka\",Cities\n",
                        List.of("flashcard: Tokyo, Osaka → Cities · general · []")),
                gives("#separator:semicolon",
                        "#separator:semicolon\nQ;A, B\n",
                        List.of("flashcard: Q → A, B · general · []")),
                gives("#separator:| names the character itself",
                        "#separator:|\nQ|A; B\n",
                        List.of("flashcard: Q → A; B · general · []")),
                gives("#separator:Colon",
                        "#separator:Colon\nQ:A\n",
                        List.of("flashcard: Q → A · general · []")),
                gives("#separator:Pipe,,,, and #html:true||| are cut as Anki cuts them",
                        "#separator:Pipe,,,,\n#html:true|||\nQ<br>two|A\n",
                        List.of("flashcard: Q\ntwo → A · general · []")),
                gives("an unknown #separator: is ignored and the separator guessed, with a notice",
                        "#separator:♥\nQ\tA\n",
                        List.of("flashcard: Q → A · general · []"),
                        "sep.txt: #separator:♥ is not a separator Anki knows"),
                gives("quoted fields hold tabs, line breaks and doubled quotes",
                        "#separator:tab\n#html:false\n\"Front\twith a tab\nand a line\"\t\"He said \"\"yes\"\"\"\n",
                        List.of("flashcard: Front\twith a tab\nand a line → He said \"yes\" · general · []")),
                gives("#html:false keeps markup as the text it is",
                        "#html:false\nIs <b>x</b> &amp; y?\tYes\n",
                        List.of("flashcard: Is <b>x</b> &amp; y? → Yes · general · []")),
                gives("HTML becomes text: <br> and blocks are line breaks, entities are decoded, bold is plain",
                        "#html:true\n<b>Tokyo</b> &amp; Delhi&nbsp;&#39;22&#x27;<br>second<div>third</div>"
                                + "\t<ul><li>one</li><li>two &lt;3&gt;</li></ul>\n",
                        List.of("flashcard: Tokyo & Delhi '22'\nsecond\nthird → one\ntwo <3> · general · []")),
                gives("script and style are dropped with their content, an unclosed script with the rest",
                        "#html:true\n<style>b{color:red}</style>Q<script>alert('x')</script>?\tA<script>steal()\n",
                        List.of("flashcard: Q? → A · general · []")),
                gives("images and sounds are dropped and counted",
                        "<img src=\"map.png\">Where is Chennai?\tOn the east coast [sound:chennai.mp3]\n",
                        List.of("flashcard: Where is Chennai? → On the east coast · general · []"),
                        "Dropped 1 image and 1 sound: Smriti does not import media."),
                gives("Basic (and reversed card) gives two sibling cards",
                        "#notetype:Basic (and reversed card)\nPrime minister in 2014\tNarendra Modi\n",
                        List.of("flashcard: Prime minister in 2014 → Narendra Modi · general · []",
                                "flashcard: Narendra Modi → Prime minister in 2014 · general · []")),
                gives("Basic (optional reversed card) is reversed only when Add Reverse is filled",
                        "#notetype:basic (optional reversed card)\nQ1\tA1\t\nQ2\tA2\ty\n",
                        List.of("flashcard: Q1 → A1 · general · []", "flashcard: Q2 → A2 · general · []",
                                "flashcard: A2 → Q2 · general · []")),
                gives("Cloze: one card per number, several deletions per number, hints, Back Extra as explanation",
                        "#notetype:Cloze\n{{c1::JIMEX::exercise}} is {{c2::naval}}; so is {{c1::Malabar}}\tBoth are naval.\n",
                        List.of("cloze: [exercise] is naval; so is […] → JIMEX; Malabar · general · [] · Both are naval.",
                                "cloze: JIMEX is […]; so is Malabar → naval · general · [] · Both are naval.")),
                gives("a note type column: Basic, Cloze, and an unknown type read as Basic with a notice",
                        "#separator:tab\n#notetype column:1\nBasic\tQ\tA\nCloze\t{{c1::x}} y\t\nVocab\tword\tmeaning\textra\n",
                        List.of("flashcard: Q → A · general · []", "cloze: […] y → x · general · []",
                                "flashcard: word → meaning · general · []"),
                        "types.txt: line 5: note type \"Vocab\" is not one Smriti knows: its first field became the"
                                + " front, its second the back"),
                gives("deck and tags columns and #tags: the deck is a tag, and the topic when it names one",
                        "#separator:tab\n#deck column:3\n#tags column:4\n#tags:upsc\n"
                                + "Q\tA\tUPSC::Defence & security\tjimex navy\nQ2\tA2\tHistory Notes\t\n",
                        List.of("flashcard: Q → A · defence · [jimex, navy, upsc, anki::upsc::defence-&-security]",
                                "flashcard: Q2 → A2 · general · [upsc, anki::history-notes]")),
                gives("#columns: names map fields to columns",
                        "#columns:Back\tFront\nthe answer\tthe question\n",
                        List.of("flashcard: the question → the answer · general · []")),
                gives("an old-style tags: first line",
                        "tags:gs2 japan\nQ\tA\n",
                        List.of("flashcard: Q → A · general · [gs2, japan]")),
                gives("a byte order mark and CRLF line ends",
                        "\uFEFF#separator:tab\r\nQ\tA\r\nQ2\tA2\r\n",
                        List.of("flashcard: Q → A · general · []", "flashcard: Q2 → A2 · general · []")),
                gives("notes Smriti cannot use are skipped and named: Image Occlusion, an image-only back, no front",
                        "#notetype column:1\nImage Occlusion\t{{c1::image-occlusion:rect:left=.1}}\t<img src=a.png>\n"
                                + "Basic\tQ\t<img src=\"b.png\">\nBasic\t\tA\nBasic\tQ3\tA3\n",
                        List.of("flashcard: Q3 → A3 · general · []"),
                        "skip.txt: line 2: skipped: an Image Occlusion note is its image",
                        "skip.txt: line 3: skipped: the Back is empty once pictures, sounds and formatting are removed;"
                                + " a flashcard needs an answer",
                        "skip.txt: line 4: skipped: the Front is empty (Anki skips such notes too)"),
                refuses("two notes with one GUID",
                        "#separator:tab\n#guid column:1\nabc\tQ\tA\nabc\tQ2\tA2\n",
                        "dup.txt: line 4: GUID abc is also on line 3; two notes cannot share a GUID"
                                + " (Anki would update one note twice)"),
                refuses("two notes with the same front and no GUID",
                        "Q\tA\nQ\tB\n",
                        "same.txt: line 2: the Basic note \"Q\" is also on line 1 (a note without a GUID is known by"
                                + " its first field)"),
                refuses("a cloze without a deletion",
                        "#notetype:Cloze\nno blanks here\t\n",
                        "cloze.txt: line 2: Text: has no cloze deletion: mark the answer as {{c1::answer}}"),
                refuses("a quoted field never closed",
                        "Q\t\"A\nQ2\tA2\n",
                        "quote.txt: line 1: a field starts with a double quote (\") that is never closed, so the rest"
                                + " of the file would be one field; close the quote, or double the quotes inside the"
                                + " field (\"\")"),
                refuses("a field longer than the cap",
                        "Q\t" + "x".repeat(NoteConverter.MAX_FIELD_CHARS + 1) + "\n",
                        "long.txt: line 1: Back: 20001 characters, more than the 20000 a field may have; shorten it"
                                + " or split the note in Anki"),
                refuses("not UTF-8", "Q\tA\nCaf\u00e9\tB\n".getBytes(StandardCharsets.ISO_8859_1),
                        "latin1.txt: is not UTF-8 text (the first byte that is not is on line 2); Anki always writes"
                                + " UTF-8: export the notes from Anki again, or save the file as UTF-8"),
                refuses("UTF-16", utf16WithBom(),
                        "utf16.txt: is UTF-16 text; Anki always writes UTF-8: export the notes from Anki again, or save"
                                + " the file as UTF-8"),
                refuses("an Anki package instead of text", new byte[] {'P', 'K', 3, 4, 20, 0},
                        "deck.txt: is a zip file (an Anki package, .apkg or .colpkg?), not text; in Anki, choose File →"
                                + " Export → Notes in Plain Text"),
                refuses("an empty file", new byte[0],
                        "empty.txt: is empty; in Anki, choose File → Export → Notes in Plain Text to make the file"),
                refuses("header lines and no notes", "#separator:tab\n#html:true\n",
                        "headers.txt: has no notes, only header lines"));
    }

    private static byte[] utf16WithBom() {
        byte[] text = "Q\tA\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachFileGivesItsCardsOrItsMessages(Case c) throws IOException {
        Path file = Files.write(downloads.resolve(fileName(c)), c.content());

        AnkiPreview preview = AnkiImport.preview(file, dataDir);

        assertThat(preview.cards()).extracting(AnkiFilesTest::render).containsExactlyElementsOf(c.cards());
        if (c.cards().isEmpty()) {
            assertThat(preview.problems()).containsExactlyElementsOf(c.messages());
        } else {
            assertThat(preview.problems()).isEmpty();
            c.messages().forEach(m -> assertThat(preview.summary()).contains(m));
        }
    }

    @org.junit.jupiter.api.Test
    void aFileOverFiftyMegabytesIsRefusedUnread() throws IOException {
        Path file = downloads.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(AnkiImport.MAX_BYTES + 1);
        }

        assertThat(AnkiImport.preview(file, dataDir).problems()).containsExactly(
                "huge.txt: 50.0 MB is more than the 50 MB Smriti imports at once; export fewer decks at a time from Anki");
    }

    /** The file name the case's messages use, else one made from its name. */
    private static String fileName(Case c) {
        return c.messages().stream().filter(m -> m.matches("^[a-z0-9]+\\.txt: .*")).findFirst()
                .map(m -> m.substring(0, m.indexOf(':')))
                .orElse("deck.txt");
    }

    static String render(Question q) {
        String answer = q instanceof Flashcard f ? f.answer() : ((Cloze) q).answer();
        return q.type().id() + ": " + q.prompt() + " → " + answer + " · " + q.primaryTopic().id() + " · " + q.tags()
                + (q.explanation().isEmpty() ? "" : " · " + q.explanation());
    }
}
