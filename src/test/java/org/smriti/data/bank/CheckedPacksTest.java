package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.notes.NoteStore;

/**
 * The data folder's checked packs: a start takes the user's packs from them only when they were made from the very
 * files it finds, by this build; anything else is validated in full, and the next close makes them current again.
 */
class CheckedPacksTest {

    private static final String NOTE = "notes/polity.md";
    private static final String QUOTE = "Article 21 protects life and personal liberty.";

    @TempDir
    Path dir;

    @BeforeEach
    void aFolderWithANoteOwnCardsAndAnImportedPack() throws IOException {
        write(NOTE, "# Polity\n\n" + QUOTE + " Article 14 gives equality.\n");
        write("packs/my-cards.json", ownCards("What does Article 21 protect?"));
        write("packs/mine.json", importedPack(QUOTE));
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String ownCards(String prompt) {
        Question card = new Flashcard(new QuestionMeta("my-article-21", prompt, "", List.of(Topic.GENERAL), 2,
                new SourceRef(NOTE, QUOTE), null), "Life and personal liberty");
        return PackWriter.write("my-cards", "My cards", List.of(card));
    }

    /** A pack imported into {@code packs/}: refused whole if its quote is not in the note. */
    private static String importedPack(String quote) {
        return """
                {"format": 1, "pack": "mine", "title": "Mine", "questions": [
                  {"id": "mine-article-14", "type": "flashcard", "prompt": "Which article gives equality?",
                   "answer": "Article 14.", "explanation": "E.", "topics": ["general"], "difficulty": 1,
                   "source": {"doc": "notes/polity.md", "quote": "%s"}}]}
                """.formatted(quote);
    }

    private Path checked() {
        return dir.resolve(CheckedPacks.FILE);
    }

    /** What validating every pack of the folder in full gives, with no checked packs to go by. */
    private LoadedBank validatedInFull() throws IOException {
        Path aside = dir.resolveSibling(dir.getFileName() + ".checked");
        boolean had = Files.exists(checked());
        if (had) {
            Files.move(checked(), aside);
        }
        try {
            return BankLoader.loadApp(dir);
        } finally {
            if (had) {
                Files.move(aside, checked());
            }
        }
    }

    private static void assertSameBank(LoadedBank actual, LoadedBank expected) {
        assertThat(actual.bank().questions()).isEqualTo(expected.bank().questions());
        assertThat(actual.packs()).isEqualTo(expected.packs());
        assertThat(actual.refused()).isEqualTo(expected.refused());
        assertThat(actual.documents()).isEqualTo(expected.documents());
    }

    @Test
    void aStartAfterTheFolderWasClosedLoadsThePacksAsAFullValidationDoes() throws IOException {
        BankLoader.refreshCheckedPacks(dir);

        LoadedBank start = BankLoader.loadApp(dir);

        assertThat(checked()).exists();
        assertThat(start.refused()).isEmpty();
        assertSameBank(start, validatedInFull());
        assertThat(start.bank().byId("my-article-21")).isPresent();
        assertThat(start.bank().byId("mine-article-14")).isPresent();
        SourceDocument note = start.document(NOTE).orElseThrow();
        assertThat(start.located()).containsEntry(new SourceRef(NOTE, QUOTE), note.locate(QUOTE).orElseThrow());
    }

    @Test
    void theFactsAStartTakesAreTheFactsOfTheBankItLoads() throws IOException {
        BankLoader.refreshCheckedPacks(dir);

        LoadedBank start = BankLoader.loadApp(dir);

        Facts workedOut = Facts.of(start.bank().questions(),
                (doc, quote) -> start.document(doc).flatMap(d -> d.locate(quote)));
        Facts taken = start.facts().orElseThrow();
        assertThat(taken.shared()).isEqualTo(workedOut.shared());
        assertThat(taken.factOf("my-article-21")).isEqualTo(taken.factOf("mine-article-14"));
        assertThat(validatedInFull().facts()).isEmpty();
    }

    @Test
    void aStartTakesWhatTheCheckedPacksHoldWhenTheyWereMadeFromTheseFiles() throws IOException {
        // The checked packs of this very folder, but holding what another folder's validation found: a start that
        // shows the other folder's card read them rather than the JSON.
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        Files.createDirectories(other.resolve("packs"));
        Files.writeString(other.resolve("packs/my-cards.json"), ownCards("Which article protects liberty?"));
        CheckedBank.Checked bundled = CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow();
        CheckedPacks.write(dir, currentInputs(bundled.build()), bundled.bank(), BankLoader.loadApp(other));

        LoadedBank start = BankLoader.loadApp(dir);

        assertThat(start.bank().byId("my-article-21").orElseThrow().prompt()).isEqualTo("Which article protects liberty?");
    }

    private CheckedPacks.Header currentInputs(String build) throws IOException {
        List<PackFile> packs = new ArrayList<>();
        for (FolderListing.Entry e : FolderListing.listDirectory(dir.resolve("packs"), ".json")) {
            packs.add(new PackFile("packs/" + e.name(), e.content()));
        }
        Map<String, Long> notes = NoteStore.readWithChecksums(dir, new ArrayList<>(),
                (doc, crc) -> false).checksums();
        return CheckedPacks.header(build, packs, notes);
    }

    static Stream<Arguments> changesSinceTheCheck() {
        return Stream.of(
                Arguments.of("an own card edited", (Change) t -> t.write("packs/my-cards.json",
                        ownCards("Article 21 protects what?"))),
                Arguments.of("an own card file broken", (Change) t -> t.write("packs/my-cards.json", "{")),
                Arguments.of("a pack added", (Change) t -> t.write("packs/more.json", TestPacks.cardPack("more-1")
                        .replace("doc.txt", NOTE).replace("\"naval\"", "\"Article 14\""))),
                Arguments.of("a pack deleted", (Change) t -> Files.delete(t.dir.resolve("packs/mine.json"))),
                Arguments.of("a note edited so that a quote is gone", (Change) t -> t.write(NOTE,
                        "# Polity\n\nArticle 21 protects life. Article 14 gives equality.\n")),
                Arguments.of("a note deleted", (Change) t -> Files.delete(t.dir.resolve(NOTE))),
                Arguments.of("a note added", (Change) t -> t.write("notes/economy.md", "# Economy\n\nGDP grew.\n")));
    }

    interface Change {
        void apply(CheckedPacksTest test) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesSinceTheCheck")
    void aStartAfterAChangeMadeOutsideSmritiValidatesThePacksAgain(String change, Change edit) throws IOException {
        BankLoader.refreshCheckedPacks(dir);
        edit.apply(this);

        LoadedBank start = BankLoader.loadApp(dir);

        assertSameBank(start, validatedInFull());
    }

    @Test
    void aNoteChangedSinceTheCheckIsCheckedAgainAsANote() throws IOException {
        BankLoader.refreshCheckedPacks(dir);
        Files.write(dir.resolve(NOTE), new byte[] {'#', ' ', 0, 1, 2});
        List<String> problems = new ArrayList<>();

        LoadedBank start = BankLoader.loadApp(dir, problems);

        assertThat(problems).singleElement().asString().contains("polity.md", "binary");
        assertThat(start.document(NOTE)).isEmpty();
    }

    @Test
    void checkedPacksMadeByAnotherBuildAreNotUsed() throws IOException {
        CheckedBank.Checked bundled = CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow();
        Path other = dir.resolveSibling(dir.getFileName() + "-build");
        Files.createDirectories(other.resolve("packs"));
        Files.writeString(other.resolve("packs/my-cards.json"), ownCards("Which article protects liberty?"));
        CheckedPacks.write(dir, currentInputs("another build"), bundled.bank(), BankLoader.loadApp(other));

        LoadedBank start = BankLoader.loadApp(dir);

        assertSameBank(start, validatedInFull());
    }

    @Test
    void damagedCheckedPacksAreNotUsedAndTheNextCloseWritesThemAgain() throws IOException {
        BankLoader.refreshCheckedPacks(dir);
        byte[] bytes = Files.readAllBytes(checked());
        bytes[bytes.length - 10] ^= 0x55;
        Files.write(checked(), bytes);

        assertSameBank(BankLoader.loadApp(dir), validatedInFull());
        assertThat(stored()).isEmpty();

        BankLoader.refreshCheckedPacks(dir);
        assertThat(stored()).isPresent();
    }

    @Test
    void closingWithNothingChangedLeavesTheCheckedPacksAsTheyAre() throws IOException {
        BankLoader.refreshCheckedPacks(dir);
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(checked(), written);

        BankLoader.refreshCheckedPacks(dir);

        assertThat(Files.getLastModifiedTime(checked())).isEqualTo(written);
    }

    @Test
    void closingAfterAChangeMakesThemCurrent() throws IOException {
        BankLoader.refreshCheckedPacks(dir);
        write("packs/my-cards.json", ownCards("Article 21 protects what?"));
        Optional<CheckedPacks.Stored> before = stored();

        BankLoader.refreshCheckedPacks(dir);

        CheckedBank.Checked bundled = CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow();
        CheckedPacks.Header now = currentInputs(bundled.build());
        assertThat(before.orElseThrow().madeFrom(now)).isFalse();
        assertThat(stored().orElseThrow().madeFrom(now)).isTrue();
        assertThat(BankLoader.loadApp(dir).bank().byId("my-article-21").orElseThrow().prompt())
                .isEqualTo("Article 21 protects what?");
    }

    @Test
    void aFolderWithoutPacksOrNotesGetsNone() throws IOException {
        Path empty = dir.resolveSibling(dir.getFileName() + "-empty");
        Files.createDirectories(empty);

        BankLoader.refreshCheckedPacks(empty);

        assertThat(empty.resolve(CheckedPacks.FILE)).doesNotExist();
    }

    private Optional<CheckedPacks.Stored> stored() throws IOException {
        return CheckedPacks.stored(dir, CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow().build());
    }
}
