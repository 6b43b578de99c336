package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;

class SourcesViewModelTest {

    private static final SourceDocument NOTE = new SourceDocument("note.txt", "A note",
            "- India and Japan signed the **ACSA** in 2020.\n- The Act East Forum was set up in 2017.\n");
    private static final SourceDocument OTHER = new SourceDocument("other.txt", "Other", "Nothing quoted here.");

    private static Question card(String id, String quote) {
        return new Flashcard(new QuestionMeta(id, "p", "e", List.of(Topic.DEFENCE), 1,
                new SourceRef("note.txt", quote), null), "a");
    }

    @TempDir
    Path dataDir;
    private SourcesViewModel model;

    @BeforeEach
    void openTwoNotesWithThreeCards() {
        model = new SourcesViewModel(new FakeNotes(dataDir, List.of(NOTE, OTHER), List.of(
                card("acsa-card", "signed the ACSA in 2020"),
                card("acsa-mcq", "India and Japan signed the ACSA"),
                card("forum-card", "The Act East Forum was set up in 2017."))));
    }

    @Test
    void overlappingQuotesAreOnePassageWithAllTheirQuestions() {
        List<Passage> passages = model.passages(NOTE);
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).questions()).extracting(Question::id).containsExactly("acsa-mcq", "acsa-card");
        assertThat(passages.get(1).questions()).extracting(Question::id).containsExactly("forum-card");
    }

    @Test
    void passageSpansTheRawTextIncludingMarkup() {
        Passage first = model.passages(NOTE).get(0);
        assertThat(NOTE.text().substring(first.start(), first.end())).isEqualTo("India and Japan signed the **ACSA** in 2020");
    }

    @Test
    void revealOpensTheNoteWithThePassageSelected() {
        model.select(OTHER);
        assertThat(model.reveal(new SourceRef("note.txt", "The Act East Forum"))).isTrue();
        assertThat(model.selectedDocumentProperty().get()).isEqualTo(NOTE);
        assertThat(model.selectedPassageProperty().get().questions()).extracting(Question::id)
                .containsExactly("forum-card");
    }

    @Test
    void revealOfAnUnknownNoteChangesNothing() {
        assertThat(model.reveal(new SourceRef("missing.txt", "anything"))).isFalse();
        assertThat(model.selectedDocumentProperty().get()).isEqualTo(NOTE);
    }

    @Test
    void switchingNotesClearsTheSelectedPassage() {
        model.selectPassage(model.passages(NOTE).get(0));
        model.select(OTHER);
        assertThat(model.selectedPassageProperty().get()).isNull();
    }
}
