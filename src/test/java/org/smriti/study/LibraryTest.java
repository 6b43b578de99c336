package org.smriti.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.SourceStatus;
import org.smriti.core.settings.Settings;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.testsupport.MutableClock;

/** Own notes and cards: saved durably, then in the bank and today's queue at once, without a restart. */
class LibraryTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);
    private ProgressStore store;
    private StudyService study;
    private Library library;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() throws IOException {
        store = ProgressStore.open(dataDir, clock, MockEventCodecs.appCodec());
        LoadedBank bank = Library.load(dataDir, new ArrayList<>());
        library = new Library(dataDir, clock, bank);
        study = new StudyService(library.bank().bank(), library.facts(), store, Settings::defaults, clock);
        library.onChange(() -> study.replaceBank(library.bank().bank(), library.facts()));
        library.onChange(changes::incrementAndGet);
    }

    @AfterEach
    void close() throws IOException {
        library.close();
        store.close();
    }

    private SourceDocument note() throws IOException {
        return library.createNote("Polity", "Article 21 protects life and personal liberty. Article 14 gives equality.");
    }

    private CardDraft cloze(SourceDocument note) {
        return new CardDraft.Builder(QuestionType.CLOZE).text("{{c1::Article 21}} protects life and personal liberty.")
                .source(new SourceRef(note.file(), "Article 21 protects life and personal liberty.")).build();
    }

    @Test
    void aCardEditedToQuoteAnotherCardsSentenceBecomesItsSibling() throws IOException {
        SourceDocument note = note();
        CardDraft liberty = library.save(cloze(note));
        CardDraft equality = library.save(new CardDraft.Builder(QuestionType.CLOZE)
                .text("Article 14 gives {{c1::equality}}.")
                .source(new SourceRef(note.file(), "Article 14 gives equality.")).build());
        String libertyCard = liberty.id() + "-c1";
        String equalityCard = equality.id() + "-c1";
        assertThat(library.facts().factOf(equalityCard)).isNotEqualTo(library.facts().factOf(libertyCard));

        library.save(equality.toBuilder().explanation("Equality before law.").build());
        assertThat(library.facts().factOf(equalityCard)).as("an explanation does not move a card between facts")
                .isNotEqualTo(library.facts().factOf(libertyCard));

        library.save(equality.toBuilder().text("{{c1::Article 21}} protects life and personal liberty, says the note.")
                .source(new SourceRef(note.file(), "Article 21 protects life and personal liberty.")).build());
        assertThat(library.facts().factOf(equalityCard)).isEqualTo(library.facts().factOf(libertyCard));
    }

    @Test
    void theFactsAStartTakesFromTheCheckedPacksAreTheFactsWorkedOutAgain() throws IOException {
        SourceDocument note = note();
        library.save(cloze(note));
        library.save(new CardDraft.Builder(QuestionType.FLASHCARD).prompt("What does Article 21 protect?")
                .answer("Life and personal liberty").source(new SourceRef(note.file(), "Article 21 protects life"))
                .build());
        library.close(); // makes the checked packs current, as closing the app does
        LoadedBank start = Library.load(dataDir, new ArrayList<>());
        LoadedBank withoutFacts = new LoadedBank(start.bank(), start.packs(), start.documents(), start.refused(),
                start.located());

        Facts taken = new Library(dataDir, clock, start).facts();
        Facts workedOut = new Library(dataDir, clock, withoutFacts).facts();

        assertThat(start.facts()).isPresent();
        assertThat(taken.shared()).isEqualTo(workedOut.shared()).isNotEmpty();
        assertThat(taken.groups()).isEqualTo(workedOut.groups());
    }

    @Test
    void afterAStartFromTheCheckedPacksACardQuotingAnotherCardsSentenceBecomesItsSibling() throws IOException {
        SourceDocument note = note();
        String liberty = library.save(cloze(note)).id() + "-c1";
        library.close();
        Library started = new Library(dataDir, clock, Library.load(dataDir, new ArrayList<>()));

        CardDraft card = started.save(new CardDraft.Builder(QuestionType.FLASHCARD).prompt("Article 21 protects what?")
                .answer("Life and personal liberty")
                .source(new SourceRef(note.file(), "protects life and personal liberty")).build());

        assertThat(started.facts().factOf(card.id())).isEqualTo(started.facts().factOf(liberty));
        started.close();
    }

    @Test
    void aSavedCardIsInTodaysQueueAtOnce() throws IOException {
        CardDraft saved = library.save(cloze(note()));

        assertThat(saved.id()).isEqualTo("my-article-21-protects-life-and");
        assertThat(study.bank().byId("my-article-21-protects-life-and-c1")).isPresent();
        assertThat(study.dailyQueue().upcoming(clock.instant())).contains("my-article-21-protects-life-and-c1");
        assertThat(library.isOwnCard("my-article-21-protects-life-and-c1")).isTrue();
        assertThat(changes.get()).isEqualTo(2); // the note, then the card
    }

    @Test
    void aCardAndItsProgressSurviveARestart() throws IOException {
        CardDraft saved = library.save(cloze(note()));
        String card = saved.id() + "-c1";
        study.answer(card, Rating.GOOD, 4000);
        close();

        open();

        assertThat(study.bank().byId(card)).isPresent();
        assertThat(study.card(card).state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void editingKeepsTheIdAndSoTheProgress() throws IOException {
        CardDraft saved = library.save(cloze(note()));
        String card = saved.id() + "-c1";
        study.answer(card, Rating.GOOD, 4000);
        List<ReviewRecord> history = study.progress(card).history();

        CardDraft edited = library.save(saved.toBuilder().explanation("Part III of the Constitution.").build());

        assertThat(edited.id()).isEqualTo(saved.id());
        assertThat(library.isOwnCard(card)).isTrue();
        assertThat(study.bank().byId(card).orElseThrow().explanation()).isEqualTo("Part III of the Constitution.");
        assertThat(study.card(card).state()).isEqualTo(CardState.LEARNING);
        assertThat(study.progress(card).history()).hasSize(1).isEqualTo(history);
    }

    @Test
    void aDeletedCardComesBackWithItsProgressOnUndo() throws IOException {
        CardDraft saved = library.save(cloze(note()));
        String card = saved.id() + "-c1";
        study.answer(card, Rating.GOOD, 4000);

        Library.Deleted deleted = library.delete(card);
        assertThat(study.bank().byId(card)).isEmpty();
        library.undo(deleted);

        assertThat(study.bank().byId(card)).isPresent();
        assertThat(study.card(card).state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void bundledQuestionsCannotBeDeleted() {
        String bundled = study.bank().questions().get(0).id();

        assertThatThrownBy(() -> library.delete(bundled)).hasMessageContaining("Bundled questions cannot be deleted");
    }

    @Test
    void aCardWithProblemsIsNotSavedAndSaysWhy() throws IOException {
        CardDraft noBlank = cloze(note()).toBuilder().text("Article 21 protects life.").build();

        assertThatThrownBy(() -> library.save(noBlank)).hasMessageContaining("text: has no cloze deletion");
        assertThat(dataDir.resolve("packs/my-cards.json")).doesNotExist();
    }

    @Test
    void editingTheNoteAwayFromAQuoteFlagsTheCardAndDeletingTheNoteFlagsItRemoved() throws IOException {
        SourceDocument note = note();
        String card = library.save(cloze(note)).id() + "-c1";

        library.updateNote(note.file(), "Polity", "Article 14 gives equality.");
        assertThat(library.sourceStatus(card)).contains(SourceStatus.QUOTE_CHANGED);

        library.deleteNote(note.file());
        assertThat(library.sourceStatus(card)).contains(SourceStatus.SOURCE_REMOVED);
        assertThat(study.bank().byId(card)).as("never silently dropped").isPresent();
    }

    @Test
    void everyCardOfAClozeNoteIsFlaggedAndOnlyOwnCardsAre() throws IOException {
        SourceDocument note = note();
        String id = library.save(cloze(note).toBuilder()
                .text("{{c1::Article 21}} protects {{c2::life}} and personal liberty.").build()).id();
        assertThat(library.sourceStatus(id + "-c1")).isEmpty();

        library.updateNote(note.file(), "Polity", "Article 14 gives equality.");

        assertThat(library.sourceStatus(id + "-c1")).contains(SourceStatus.QUOTE_CHANGED);
        assertThat(library.sourceStatus(id + "-c2")).contains(SourceStatus.QUOTE_CHANGED);
        String bundled = study.bank().questions().get(study.bank().questions().size() - 1).id();
        assertThat(library.sourceStatus(bundled)).isEmpty();
    }

    @Test
    void aNoteChangedOutsideSmritiIsReadAtTheNextStart() throws IOException {
        SourceDocument note = note();
        String card = library.save(cloze(note)).id() + "-c1";
        Files.writeString(dataDir.resolve(note.file()), "# Polity\n\nRewritten in another editor.");
        close();

        open();

        assertThat(library.sourceStatus(card)).contains(SourceStatus.QUOTE_CHANGED);
    }

    @Test
    void importedNotesAreAddedAndRefusedOnesExplained() throws IOException {
        Path good = Files.writeString(dataDir.resolve("good.md"), "# Good\n\nText.");
        Path bad = Files.write(dataDir.resolve("bad.txt"), new byte[] {(byte) 0xE9, 'x'});

        Library.ImportedNotes imported = library.importNotes(List.of(good, bad));

        assertThat(imported.added()).extracting(SourceDocument::title).containsExactly("Good");
        assertThat(imported.problems()).singleElement().asString().startsWith("bad.txt is not UTF-8 text");
        assertThat(library.documents()).extracting(SourceDocument::file).contains("notes/good.md");
    }

    @Test
    void severalCardsSaveTogether() throws IOException {
        SourceDocument note = note();
        CardDraft second = new CardDraft.Builder(QuestionType.CLOZE).text("Article 14 gives {{c1::equality}}.")
                .source(new SourceRef(note.file(), "Article 14 gives equality.")).build();

        List<Question> saved = library.saveAll(List.of(cloze(note), second));

        assertThat(saved).hasSize(2);
        assertThat(study.bank().questions()).containsAll(saved);
    }
}
