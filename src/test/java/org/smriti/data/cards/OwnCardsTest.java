package org.smriti.data.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.Topic;
import org.smriti.data.bank.BankLoader;

class OwnCardsTest {

    @TempDir
    Path dataDir;

    static Flashcard card(String id, String prompt, String answer) {
        return new Flashcard(new QuestionMeta(id, prompt, "", List.of(Topic.GENERAL), 2, null, null,
                List.of("mine")), answer);
    }

    static List<Question> cloze(String noteId, String text) {
        QuestionMeta meta = new QuestionMeta(noteId, text, "", List.of(Topic.GENERAL), 2, null, null, List.of());
        return List.copyOf(Cloze.cards(meta, text));
    }

    private OwnCards store() {
        return new OwnCards(dataDir);
    }

    @Test
    void thereAreNoOwnCardsBeforeTheFirstSave() throws IOException {
        assertThat(store().load()).isEmpty();
        assertThat(store().read().otherIds()).contains("def-jimex-service-mcq");
    }

    @Test
    void upsertAppendsNewEntriesAndReplacesChangedOnesInPlace() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a"), card("my-b", "B?", "b")));

        List<Question> after = store().upsert(List.of(card("my-c", "C?", "c"), card("my-a", "A again?", "a2")));

        assertThat(after).extracting(Question::id).containsExactly("my-a", "my-b", "my-c");
        assertThat(after.get(0).prompt()).isEqualTo("A again?");
        assertThat(store().load()).isEqualTo(after);
    }

    @Test
    void aClozeNoteIsReplacedWholeEvenWhenItsNumbersChange() throws IOException {
        store().upsert(cloze("my-n", "{{c1::a}} {{c2::b}} {{c3::c}}"));

        List<Question> after = store().upsert(cloze("my-n", "{{c1::a}} and {{c2::b}}"));

        assertThat(after).extracting(Question::id).containsExactly("my-n-c1", "my-n-c2");
    }

    @Test
    void deletingOneClozeCardDeletesItsNote() throws IOException {
        List<Question> cards = new ArrayList<>(cloze("my-n", "{{c1::a}} {{c2::b}}"));
        cards.add(card("my-a", "A?", "a"));
        store().upsert(cards);

        assertThat(store().delete(List.of("my-n-c2", "no-such-id"))).extracting(Question::id).containsExactly("my-a");
    }

    @Test
    void deletingEveryCardLeavesAnEmptyPackThatStillLoads() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a")));

        assertThat(store().delete(List.of("my-a"))).isEmpty();
        assertThat(BankLoader.loadApp(dataDir).allValid()).isTrue();
    }

    @Test
    void anIdOfTheBundledBankIsRefusedAndNothingIsWritten() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a")));
        byte[] before = Files.readAllBytes(store().file());

        assertThatThrownBy(() -> store().upsert(List.of(card("def-jimex-service-mcq", "Q?", "A"))))
                .isInstanceOf(OwnCardsRefusedException.class)
                .hasMessage("Nothing saved: your cards would have problems: packs/my-cards.json: def-jimex-service-mcq:"
                        + " id: duplicate id (also in defence.json)");
        assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
    }

    @Test
    void aFileWithProblemsIsNeverWrittenOver() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), "{\"format\": 1, \"pack\": \"my-cards\", \"title\": \"Mine\", \"questions\": [{}]}");

        assertThatThrownBy(() -> store().upsert(List.of(card("my-a", "A?", "a"))))
                .isInstanceOf(OwnCardsRefusedException.class)
                .hasMessageStartingWith("packs/my-cards.json has problems, so Smriti will not change it");
        assertThat(Files.readString(store().file())).contains("\"questions\": [{}]");
    }

    @Test
    void aFailureBetweenWritingAndRenamingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a")));
        byte[] before = Files.readAllBytes(store().file());
        OwnCards failing = new OwnCards(dataDir, temp -> {
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> failing.upsert(List.of(card("my-b", "B?", "b"))))
                .hasMessage("Could not save your cards to " + store().file()
                        + ": the disk is full. The cards saved before are unchanged.");
        assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
        try (Stream<Path> files = Files.list(store().file().getParent())) {
            assertThat(files).containsExactly(store().file());
        }
    }

    @Test
    void theFileIsAlwaysTheWholeOldOrTheWholeNewVersion() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a")));
        String old = Files.readString(store().file());
        List<String> seenAtTheSeam = new ArrayList<>();
        OwnCards watched = new OwnCards(dataDir, temp -> {
            seenAtTheSeam.add(Files.readString(store().file()));
            seenAtTheSeam.add(Files.readString(temp));
        });

        watched.upsert(List.of(card("my-b", "B?", "b")));

        String now = Files.readString(store().file(), StandardCharsets.UTF_8);
        assertThat(seenAtTheSeam).containsExactly(old, now);
        assertThat(store().load()).extracting(Question::id).containsExactly("my-a", "my-b");
    }

    @Test
    void aReadOnlyFolderLeavesTheOldFileAndSaysSo() throws IOException {
        store().upsert(List.of(card("my-a", "A?", "a")));
        byte[] before = Files.readAllBytes(store().file());
        Path packs = store().file().getParent();
        Files.setPosixFilePermissions(packs, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(packs), "running as root: a read-only folder is still writable");
            assertThatThrownBy(() -> store().upsert(List.of(card("my-b", "B?", "b"))))
                    .hasMessageContaining(": permission denied. The cards saved before are unchanged.");
            assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(packs, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest(name = "\"{0}\" with {1} taken -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Who runs JIMEX?|''|my-who-runs-jimex",
            "Who runs JIMEX?|my-who-runs-jimex|my-who-runs-jimex-2",
            "Who runs JIMEX?|my-who-runs-jimex my-who-runs-jimex-2|my-who-runs-jimex-3",
            "Who runs JIMEX?|my-who-runs-jimex-c1|my-who-runs-jimex-2",
            "Who runs JIMEX?|my-who-runs-jimex-naval|my-who-runs-jimex",
            "The card|''|my-the-card-note",
            "Card c2|''|my-card-c2-note",
            "Tōkyō à Délhi: one two three four five six|''|my-tokyo-a-delhi-one-two",
            "भारत और जापान|''|my-note"})
    void newIdsAreReadableUniqueAndNeverSiblingsOfAnotherCard(String text, String taken, String expected) {
        Set<String> takenIds = taken.isEmpty() ? Set.of() : Set.of(taken.split(" "));
        assertThat(OwnCards.newId(text, takenIds)).isEqualTo(expected);
    }
}
