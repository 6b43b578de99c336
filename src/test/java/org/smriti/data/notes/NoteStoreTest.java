package org.smriti.data.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.source.SourceDocument;

class NoteStoreTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path downloads;


    private NoteStore store() {
        return new NoteStore(dataDir, Clock.fixed(Instant.parse("2026-11-24T03:30:00Z"), ZoneOffset.UTC));
    }

    private List<SourceDocument> list() throws IOException {
        List<String> problems = new ArrayList<>();
        List<SourceDocument> notes = store().list(problems);
        assertThat(problems).isEmpty();
        return notes;
    }

    @Test
    void aNewNoteIsAMarkdownFileWithItsTitleAsHeading() throws Exception {
        SourceDocument note = store().create("Polity: Fundamental Rights", "Article 21 protects life.");

        assertThat(note.file()).isEqualTo("notes/polity-fundamental-rights.md");
        assertThat(note.title()).isEqualTo("Polity: Fundamental Rights");
        assertThat(Files.readString(dataDir.resolve("notes/polity-fundamental-rights.md")))
                .isEqualTo("# Polity: Fundamental Rights\n\nArticle 21 protects life.\n");
        assertThat(list()).extracting(SourceDocument::file).containsExactly(note.file());
    }

    @Test
    void twoNotesWithOneTitleGetTwoFiles() throws Exception {
        store().create("Budget", "One.");
        SourceDocument second = store().create("Budget", "Two.");

        assertThat(second.file()).isEqualTo("notes/budget-2.md");
    }

    @Test
    void anImportedFileKeepsItsTextAndTakesItsTitleFromItsHeadingOrName() throws Exception {
        Path withHeading = Files.writeString(downloads.resolve("Monthly CA Nov.md"), "# November 2026\n\nText.");
        Path plain = Files.writeString(downloads.resolve("economy_notes.txt"), "GDP grew 8.2%.");

        SourceDocument a = store().importFile(withHeading);
        SourceDocument b = store().importFile(plain);

        assertThat(a.title()).isEqualTo("November 2026");
        assertThat(a.text()).isEqualTo("# November 2026\n\nText.");
        assertThat(b.file()).isEqualTo("notes/economy-notes.md");
        assertThat(b.title()).isEqualTo("Economy notes");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Exception {
        Path file = Files.writeString(downloads.resolve("odd.md"), "Lost \uFFFD character.");

        assertThat(store().importFile(file).text()).isEqualTo("Lost \uFFFD character.");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                        "latin1.txt is not UTF-8 text: save it as UTF-8"),
                Arguments.of("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2},
                        "scan.txt is not a text file (it holds binary data)"),
                Arguments.of("torn.txt", new byte[] {'a', (byte) 0xC3, 0, 'b'},
                        "torn.txt is not a text file (it holds binary data)"),
                Arguments.of("wide.txt", "caf\u00e9".getBytes(StandardCharsets.UTF_16),
                        "wide.txt is UTF-16 text: save it as UTF-8"),
                Arguments.of("empty.md", "  \n\n".getBytes(StandardCharsets.UTF_8),
                        "empty.md is empty: there is nothing to make cards from."),
                Arguments.of("huge.md", new byte[(int) NoteStore.MAX_BYTES + 1],
                        "huge.md is 2.0 MB, over the 2 MB a note may hold: split it into smaller notes."),
                Arguments.of("notes.pdf", "x".getBytes(StandardCharsets.UTF_8),
                        "notes.pdf is not a note: import Markdown (.md) or text (.txt) files."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aFileThatCannotBeANoteIsRefusedWithTheReasonAndNothingIsSaved(String name, byte[] bytes, String message)
            throws Exception {
        Path file = Files.write(downloads.resolve(name), bytes);
        store().create("Kept", "Already saved.");

        assertThatThrownBy(() -> store().importFile(file)).isInstanceOf(NoteProblemException.class)
                .hasMessageStartingWith(message);
        assertThat(list()).extracting(SourceDocument::title).containsExactly("Kept");
    }

    @Test
    void editingANoteKeepsItsFileSoCardsStillFindIt() throws Exception {
        SourceDocument note = store().create("Budget", "Old text.");

        SourceDocument edited = store().update(note.file(), "Union Budget 2026", "New text.");

        assertThat(edited.file()).isEqualTo(note.file());
        assertThat(edited.title()).isEqualTo("Union Budget 2026");
        assertThat(edited.text()).isEqualTo("# Union Budget 2026\n\nNew text.\n");
    }

    @Test
    void editingANoteWhoseTextStartsWithAHeadingOfItsOwnKeepsThatHeading() throws Exception {
        SourceDocument note = store().importFile(Files.writeString(downloads.resolve("polity.md"),
                "# Polity\n\n# Part III\n\nArticle 21 protects life.\n"));

        // The editor shows the title in its field and the text below the title line, and saves both.
        SourceDocument edited = store().update(note.file(), "Polity", "# Part III\n\nArticle 21 protects life and liberty.");

        assertThat(edited.text()).isEqualTo("# Polity\n\n# Part III\n\nArticle 21 protects life and liberty.\n");
        assertThat(Files.readString(dataDir.resolve(note.file()))).isEqualTo(edited.text());
    }

    @Test
    void aNewNoteWhoseTextStartsWithAHeadingOfItsOwnKeepsThatHeading() throws Exception {
        SourceDocument note = store().create("Polity", "# Part III\n\nArticle 21 protects life.");

        assertThat(note.text()).isEqualTo("# Polity\n\n# Part III\n\nArticle 21 protects life.\n");
    }

    @Test
    void pastedTextThatRepeatsTheTitleAsItsHeadingIsNotHeadedTwice() throws Exception {
        SourceDocument note = store().create("Polity", "# Polity\n\nArticle 21 protects life.");

        assertThat(note.text()).isEqualTo("# Polity\n\nArticle 21 protects life.\n");
    }

    @Test
    void aDeletedNoteMovesToTheTrash() throws Exception {
        SourceDocument note = store().create("Budget", "Text.");

        Path trashed = store().delete(note.file());

        assertThat(list()).isEmpty();
        assertThat(trashed).isEqualTo(dataDir.resolve("trash/notes/budget.md"));
        assertThat(Files.readString(trashed)).contains("Text.");
    }

    @Test
    void aNoteChangedOutsideSmritiIsReadAsItIsNow() throws Exception {
        SourceDocument note = store().create("Budget", "Text.");
        Files.writeString(dataDir.resolve(note.file()), "# Budget\n\nEdited in another editor.");

        assertThat(list().get(0).text()).contains("Edited in another editor.");
    }

    @Test
    void aNoteFileThatBecameUnreadableIsReportedNotDropped() throws Exception {
        store().create("Good", "Text.");
        Files.createDirectories(dataDir.resolve("notes"));
        Files.write(dataDir.resolve("notes/broken.md"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = new ArrayList<>();

        List<SourceDocument> notes = store().list(problems);

        assertThat(notes).extracting(SourceDocument::title).containsExactly("Good");
        assertThat(problems).singleElement().asString().startsWith("broken.md is not UTF-8 text");
        assertThat(dataDir.resolve("notes/broken.md")).exists();
    }

    @Test
    void onlyNotesCanBeEditedOrDeleted() {
        assertThatThrownBy(() -> store().delete("000_2b59ad7f4d9ca176.txt")).hasMessageContaining("not one of your notes");
        assertThatThrownBy(() -> store().delete("notes/../settings.json")).hasMessageContaining("not one of your notes");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(NoteStore.slug("Café & Ārthik Nīti: 2026!")).isEqualTo("cafe-arthik-niti-2026");
        assertThat(NoteStore.slug("भारत")).isEqualTo("note");
    }

    static Stream<Arguments> noteFiles() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return Stream.of(
                Arguments.of("with a heading", "# Polity\n\nArticle 21 protects life.\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("blank lines first", "\n \t\r\n# Polity  \r\nArticle 21 ’protects’ life."
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a byte order mark", concat(bom, "# Polity\nText.".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("no heading", "Article 21 protects life.\nMore.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a first line of other white space", "\u2003\n# Polity\nText."
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noteFiles")
    void aNoteCheckedBeforeIsReadAsTheSameNoteWithoutBeingCheckedAgain(String file, byte[] content) throws Exception {
        Files.createDirectories(dataDir.resolve("notes"));
        Files.write(dataDir.resolve("notes/polity-notes.md"), content);

        NoteStore.Read checked = NoteStore.readWithChecksums(dataDir, new ArrayList<>(), (doc, crc) -> false);
        NoteStore.Read known = NoteStore.readWithChecksums(dataDir, new ArrayList<>(),
                (doc, crc) -> crc.equals(checked.checksums().get(doc)));

        assertThat(known.checksums()).isEqualTo(checked.checksums());
        assertThat(known.notes()).singleElement().satisfies(note -> {
            assertThat(note.title()).isEqualTo(checked.notes().get(0).title());
            assertThat(note.text()).isEqualTo(checked.notes().get(0).text());
            assertThat(note).isEqualTo(checked.notes().get(0));
        });
    }

    @Test
    void aNoteFileWhoseChecksumIsNotKnownIsCheckedAsEver() throws Exception {
        Files.createDirectories(dataDir.resolve("notes"));
        Files.write(dataDir.resolve("notes/scan.md"), new byte[] {'#', ' ', 0, 1});
        List<String> problems = new ArrayList<>();

        NoteStore.Read read = NoteStore.readWithChecksums(dataDir, problems, (doc, crc) -> crc == 12345L);

        assertThat(read.notes()).isEmpty();
        assertThat(problems).singleElement().asString().contains("scan.md", "binary");
    }
}
