package org.smriti.data.interop.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.cards.OwnCards;
import org.smriti.data.interop.AnkiExport;

class AnkiImportTest {

    private static final String GUIDS = "#separator:tab\n#guid column:1\n";
    private static final String DOC = "000_2b59ad7f4d9ca176.txt";

    @TempDir
    Path dataDir;
    @TempDir
    Path other;
    @TempDir
    Path downloads;

    private Path file(String text) throws IOException {
        return Files.writeString(downloads.resolve("deck.txt"), text, StandardCharsets.UTF_8);
    }

    private AnkiPreview preview(String text, Path data) throws IOException {
        return AnkiImport.preview(file(text), data);
    }

    private AnkiImport.Imported importText(String text, Path data) throws IOException {
        return AnkiImport.save(preview(text, data), data);
    }

    @Test
    void aPreviewSavesNothing() throws IOException {
        assertThat(preview("Q\tA\n", dataDir).cards()).hasSize(1);
        assertThat(BankLoader.ownCardsFile(dataDir)).doesNotExist();
    }

    @Test
    void savingReturnsTheOwnCardsToStudyAtOnce() throws IOException {
        AnkiImport.Imported imported = importText("Q\tA\nQ2\tA2\n", dataDir);

        assertThat(imported.summary()).isEqualTo("Imported deck.txt: 2 new and 0 updated cards, ready to study.");
        assertThat(imported.ownCards()).isEqualTo(new OwnCards(dataDir).load()).hasSize(2);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        String deck = GUIDS + "g1\tQ\tA\ng2\tQ2\tA2\n";
        importText(deck, dataDir);

        AnkiPreview again = preview(deck, dataDir);

        assertThat(again.cards()).isEmpty();
        assertThat(again.unchangedCards()).isEqualTo(2);
        assertThat(AnkiImport.save(again, dataDir).summary())
                .isEqualTo("deck.txt: nothing new to import; your cards are as the file has them.");
    }

    @Test
    void aChangedNoteIsUpdatedUnderTheSameIdAndNothingElseIsAdded() throws IOException {
        List<Question> before = importText(GUIDS + "g1\tQ\tA\ng2\tQ2\tA2\n", dataDir).ownCards();

        AnkiPreview changed = preview(GUIDS + "g1\tQ\tA, better\ng2\tQ2\tA2\n", dataDir);

        assertThat(changed.newCards()).isZero();
        assertThat(changed.updatedCards()).isEqualTo(1);
        assertThat(changed.unchangedCards()).isEqualTo(1);
        List<Question> after = AnkiImport.save(changed, dataDir).ownCards();
        assertThat(after).extracting(Question::id).containsExactlyElementsOf(before.stream().map(Question::id).toList());
        assertThat(((Flashcard) after.get(0)).answer()).isEqualTo("A, better");
    }

    @Test
    void theGuidGivesTheSameIdInEveryDataFolderAndAnIdOfTheIdAlphabet() throws IOException {
        String id = importText(GUIDS + "Ot0{;]E^@l\tQ\tA\n", dataDir).ownCards().get(0).id();

        assertThat(importText(GUIDS + "Ot0{;]E^@l\tOther\tText\n", other).ownCards().get(0).id()).isEqualTo(id);
        assertThat(id).matches("my-anki-[0-9abdefghjkmnpqrstuvwxyz]{13}");
    }

    @Test
    void aNoteWithoutGuidIsKnownByItsNoteTypeAndFirstField() throws IOException {
        importText("Q\tA\n", dataDir);

        AnkiPreview sameFront = preview("Q\tA2\n", dataDir);
        AnkiPreview otherFront = preview("Q?\tA\n", dataDir);
        AnkiPreview otherType = preview("#notetype:Basic (type in the answer)\nQ\tA\n", dataDir);

        assertThat(sameFront.updatedCards()).isEqualTo(1);
        assertThat(otherFront.newCards()).isEqualTo(1);
        assertThat(otherType.newCards()).isEqualTo(1);
    }

    @Test
    void reversedCardsAreSiblingsOfTheirNote() throws IOException {
        List<Question> cards = importText("#notetype:Basic (and reversed card)\nQ\tA\n", dataDir).ownCards();

        assertThat(cards).extracting(Question::id).containsExactly(cards.get(0).id(), cards.get(0).id() + "-reverse");
    }

    @Test
    void smritisOwnQuestionsAreSkippedAsAlreadyInSmriti() throws IOException {
        AnkiPreview preview = preview(GUIDS + "smriti:def-jimex-service-mcq\tQ\tA\ng\tQ\tA\n", dataDir);

        assertThat(preview.inSmriti()).isEqualTo(1);
        assertThat(preview.cards()).hasSize(1);
        assertThat(preview.summary()).contains("1 note is Smriti's own (from a Smriti export), already here: skipped.");
    }

    @Test
    void anUpdateKeepsWhatAnkiDoesNotHave() throws IOException {
        String id = importText(GUIDS + "g\tQ\tA\n", dataDir).ownCards().get(0).id();
        OwnCards store = new OwnCards(dataDir);
        Flashcard edited = new Flashcard(new QuestionMeta(id, "Q", "Why it holds.", List.of(Topic.GENERAL), 3,
                new SourceRef(DOC, "JIMEX (naval)"), null, List.of()), "A");
        store.upsert(List.of(edited));

        Flashcard after = (Flashcard) importText(GUIDS + "g\tQ\tA, better\n", dataDir).ownCards().get(0);

        assertThat(after.answer()).isEqualTo("A, better");
        assertThat(after.difficulty()).isEqualTo(3);
        assertThat(after.explanation()).isEqualTo("Why it holds.");
        assertThat(after.source()).contains(new SourceRef(DOC, "JIMEX (naval)"));
    }

    @Test
    void aFlashcardSmritiExportedAndAnkiChangedComesBackWithItsNewAnswerAndKeepsTheRest() throws IOException {
        Flashcard mine = new Flashcard(new QuestionMeta("my-jimex", "Who runs JIMEX?", "It is maritime.",
                List.of(Topic.DEFENCE), 3, new SourceRef(DOC, "JIMEX (naval)"), null, List.of("navy")), "The navies");
        new OwnCards(dataDir).upsert(List.of(mine));
        // What Anki writes back: the Smriti column is gone, the back edited before the explanation and source.
        String fromAnki = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
                + "#tags column:6\nsmriti:my-jimex\tBasic\tSmriti::India-Japan\tWho runs JIMEX?\t"
                + "The navies of both<br><br>It is maritime.<br><br>Source: Defence ties — “JIMEX (naval)”\t"
                + "defence flashcard navy\n";

        Flashcard back = (Flashcard) importText(fromAnki, dataDir).ownCards().get(0);

        assertThat(back).isEqualTo(new Flashcard(mine.meta(), "The navies of both"));
    }

    @Test
    void theSmritiColumnMustHoldTheCardItsGuidNames() throws IOException {
        String deck = "#separator:tab\n#guid column:1\n#columns:GUID\tFront\tBack\tSmriti\n"
                + "smriti:my-a\tQ\tA\t{\"id\": \"my-b\"}\n";

        assertThat(preview(deck, dataDir).problems()).containsExactly(
                "deck.txt: line 4: Smriti column: the card is not my-a, the question its GUID names");
    }

    @Test
    void aCardFromTheSmritiColumnIsCheckedLikeAnyOwnCardAndNamedByItsLine() throws IOException {
        String deck = "#separator:tab\n#guid column:1\n#columns:GUID\tFront\tBack\tSmriti\n"
                + "smriti:my-a\tQ\tA\t{\"id\": \"my-a\", \"type\": \"flashcard\", \"prompt\": \"Q\", \"answer\": \"A\","
                + " \"topics\": [\"war\"], \"difficulty\": 2}\n";

        assertThat(preview(deck, dataDir).problems()).singleElement().asString()
                .startsWith("deck.txt: line 4: topics[0]: unknown topic \"war\"");
    }

    @Test
    void aPreviewWithProblemsCannotBeSaved() throws IOException {
        AnkiPreview refused = preview(GUIDS + "g\tQ\tA\ng\tQ\tA\n", dataDir);

        assertThatThrownBy(() -> AnkiImport.save(refused, dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("deck.txt: has problems, nothing imported: deck.txt: line 4: GUID g");
        assertThat(BankLoader.ownCardsFile(dataDir)).doesNotExist();
        assertThat(refused.summary()).isEqualTo("deck.txt: 1 problem, so nothing can be imported. Fix it in Anki"
                + " (or in the file) and import it again.");
    }

    @Test
    void exportThenImportIntoTheSameFolderAddsNothingAndIntoAFreshOneBringsTheOwnCardsBack() throws IOException {
        List<Question> mine = new ArrayList<>();
        mine.add(new Flashcard(new QuestionMeta("my-jimex", "Who runs JIMEX?\nSay which service.", "Maritime.",
                List.of(Topic.DEFENCE, Topic.DIPLOMACY), 3, new SourceRef(DOC, "JIMEX (naval)"), null,
                List.of("navy", "anki::upsc")), "The navies & <nobody> else"));
        mine.add(new Flashcard(new QuestionMeta("my-jimex-reverse", "The navies", "", List.of(Topic.GENERAL), 2,
                null, null, List.of()), "Who runs JIMEX?"));
        mine.addAll(cloze("my-exercises", "{{c1::JIMEX::sea}} and {{c2::Dharma Guardian}}; \"quoted\"\ttabbed"));
        List<Question> saved = new OwnCards(dataDir).upsert(mine);
        Path exported = downloads.resolve("smriti.txt");
        AnkiExport.Exported written = AnkiExport.export(exported, dataDir);

        AnkiPreview same = AnkiImport.preview(exported, dataDir);
        assertThat(same.problems()).isEmpty();
        assertThat(same.cards()).isEmpty();
        assertThat(same.unchangedCards()).isEqualTo(saved.size());
        assertThat(same.inSmriti()).isEqualTo(written.notes() - 3);

        AnkiImport.Imported fresh = AnkiImport.save(AnkiImport.preview(exported, other), other);
        assertThat(fresh.ownCards()).isEqualTo(saved);
    }

    private static List<Question> cloze(String noteId, String text) {
        QuestionMeta meta = new QuestionMeta(noteId, text, "Both.", List.of(Topic.DEFENCE), 1, null, null,
                List.of("exercise"));
        return List.copyOf(Cloze.cards(meta, text));
    }
}
