package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.suggest.Suggestion;

class SuggestionModelTest {

    static final String NOTE = "The Japan-India Association was set up in 1903 in Tokyo.\n\n"
            + "India and Japan signed the civil nuclear deal in 2016 after six years of talks.\n\n"
            + "Bilateral trade reached $21.96 billion in 2022-23, the highest so far.\n";

    @TempDir
    Path dataDir;

    private FakeNotes notes;
    private SourcesViewModel model;
    private SuggestionModel suggestions;
    private SourceDocument note;

    @BeforeEach
    void open() throws IOException {
        notes = new FakeNotes(dataDir, List.of(), List.of());
        note = notes.create("Ties", NOTE);
        model = new SourcesViewModel(notes);
        model.startSuggestions();
        suggestions = model.suggestions();
    }

    private Suggestion shown() {
        return suggestions.currentProperty().get();
    }

    @Test
    void suggestionsAreShownOneAtATimeWithACounter() {
        assertThat(suggestions.showingProperty().get()).isTrue();
        assertThat(shown().text()).isEqualTo("The Japan-India Association was set up in {{c1::1903::year}} in Tokyo.");
        assertThat(suggestions.counterProperty().get()).isEqualTo("1 of 4");
    }

    @Test
    void acceptSavesAClozeCardQuotingTheSentenceAndShowsTheNext() {
        Suggestion first = shown();
        suggestions.accept();
        assertThat(notes.saved).hasSize(1);
        CardDraft card = notes.saved.get(0);
        assertThat(card.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(card.text()).isEqualTo(first.text());
        assertThat(card.source().doc()).isEqualTo(note.file());
        assertThat(note.locate(card.source().quote())).isPresent();
        assertThat(suggestions.counterProperty().get()).isEqualTo("2 of 4");
        assertThat(model.passages(model.selectedDocumentProperty().get())).as("the new card is highlighted")
                .hasSize(1);
    }

    @Test
    void skipShowsTheNextAndSavesNothing() {
        suggestions.skip();
        assertThat(suggestions.counterProperty().get()).isEqualTo("2 of 4");
        assertThat(notes.saved).isEmpty();
    }

    @Test
    void editHandsTheSuggestionToTheEditorAndMovesOn() {
        Suggestion first = shown();
        assertThat(suggestions.edit()).contains(first.draft(note.file()));
        assertThat(suggestions.counterProperty().get()).isEqualTo("2 of 4");
        assertThat(notes.saved).isEmpty();
    }

    @Test
    void aFailedSaveKeepsTheSuggestionAndSaysWhy() {
        notes.failNextSave = new IOException("The disk is full: free some space and try again.");
        Suggestion first = shown();
        suggestions.accept();
        assertThat(shown()).isEqualTo(first);
        assertThat(suggestions.statusProperty().get()).isEqualTo("The disk is full: free some space and try again.");
        assertThat(suggestions.problemProperty().get()).isTrue();
    }

    @Test
    void aSentenceCardedMeanwhileIsMarked() {
        suggestions.skip();
        suggestions.skip();
        Suggestion trade = shown();
        assertThat(suggestions.isCarded(trade)).isFalse();
        suggestions.accept();
        assertThat(shown().quote()).as("the next fact of the same sentence").isEqualTo(trade.quote());
        assertThat(suggestions.isCarded(shown())).isTrue();
    }

    @Test
    void acceptAllSavesEveryRemainingSuggestionAtOnceAndSumsUp() {
        suggestions.skip();
        assertThat(suggestions.acceptableRemaining()).isEqualTo(3);
        suggestions.acceptAllRemaining();
        assertThat(notes.saved).hasSize(3);
        assertThat(shown()).isNull();
        assertThat(suggestions.counterProperty().get()).isEqualTo("All 4 seen");
        assertThat(suggestions.statusProperty().get()).isEqualTo("3 cards saved, 0 opened in the editor, 1 skipped.");
    }

    @Test
    void acceptAllLeavesOutSentencesThatHadACardBefore() throws IOException {
        notes.saveCards(List.of(shown().draft(note.file())));
        model.select(model.documents().get(0));
        model.startSuggestions();
        assertThat(suggestions.currentProperty().get().alreadyCarded()).isTrue();
        assertThat(suggestions.acceptableRemaining()).isEqualTo(3);
        assertThat(suggestions.cardedRemaining()).isEqualTo(1);
    }

    @Test
    void openingAnotherNoteClosesTheSuggestions() throws IOException {
        SourceDocument other = notes.create("Other", "Another note about the Quad summit held in 2021 in Washington.");
        model.select(model.documents().stream().filter(d -> d.file().equals(other.file())).findFirst().orElseThrow());
        assertThat(suggestions.showingProperty().get()).isFalse();
    }
}
