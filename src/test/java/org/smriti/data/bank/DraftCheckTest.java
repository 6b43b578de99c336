package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.DraftProblem;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

/** A card being edited is checked by the pack validator itself, field by field. */
class DraftCheckTest {

    private static final DraftCheck.Documents DOCS = new DraftCheck.Documents(List.of(TestPacks.DOC));
    private static final SourceRef JIMEX = new SourceRef("doc.txt", "The JIMEX exercise is naval.");

    private static CheckedDraft check(CardDraft draft) {
        return DraftCheck.check(draft, "my-card", DOCS, Set.of("t-mcq")::contains);
    }

    private static CardDraft.Builder mcq() {
        return new CardDraft.Builder(QuestionType.MCQ).prompt("Which service runs JIMEX?")
                .options(List.of("Army", "Navy", "Air Force", "Coast Guard"), 1).topics(List.of(Topic.DEFENCE))
                .source(JIMEX);
    }

    @Test
    void aCompleteCardBecomesItsQuestion() {
        CheckedDraft result = check(mcq().build());

        assertThat(result.problems()).isEmpty();
        assertThat(result.cards()).extracting(Question::id).containsExactly("my-card");
    }

    @Test
    void eachProblemNamesItsField() {
        CardDraft draft = mcq().prompt(" ").options(List.of("Army", "Army", "Air Force", ""), -1).build();

        assertThat(check(draft).problems()).containsExactlyInAnyOrder(
                new DraftProblem("prompt", "must not be empty"),
                new DraftProblem("options[3]", "must not be empty"),
                new DraftProblem("answer", "missing"));
    }

    @Test
    void aQuoteMustBeFoundInItsNote() {
        CardDraft draft = mcq().source(new SourceRef("doc.txt", "JIMEX is an air exercise")).build();

        assertThat(check(draft).problems()).containsExactly(new DraftProblem("source.quote", "not found in doc.txt"));
    }

    @Test
    void aCardMayHaveNoSourceOrExplanation() {
        assertThat(check(mcq().source(null).build()).ok()).isTrue();
    }

    @Test
    void aClozeGivesOneCardPerNumber() {
        CardDraft draft = new CardDraft.Builder(QuestionType.CLOZE)
                .text("The {{c1::JIMEX}} exercise is {{c2::naval}}.").source(JIMEX).build();

        assertThat(check(draft).cards()).extracting(Question::id).containsExactly("my-card-c1", "my-card-c2");
    }

    @Test
    void aClozeWithoutABlankSaysHowToMakeOne() {
        CardDraft draft = new CardDraft.Builder(QuestionType.CLOZE).text("The JIMEX exercise is naval.").build();

        assertThat(check(draft).problems()).containsExactly(
                new DraftProblem("text", "has no cloze deletion: mark the answer as {{c1::answer}}"));
    }

    @Test
    void aYearThatIsNotANumberIsNamed() {
        CardDraft draft = new CardDraft.Builder(QuestionType.CHRONOLOGY).prompt("Arrange:")
                .events(List.of(new CardDraft.Event("A", "2000"), new CardDraft.Event("B", "twenty"),
                        new CardDraft.Event("C", "2014"))).build();

        assertThat(check(draft).problems()).containsExactly(new DraftProblem("events[1].year", "must be a whole number"));
    }

    @Test
    void anIdTakenByAnotherCardIsRefused() {
        assertThat(DraftCheck.check(mcq().build(), "t-mcq", DOCS, Set.of("t-mcq")::contains).problems())
                .containsExactly(new DraftProblem("id", "duplicate id (also in another card)"));
    }

    @Test
    void editingACardStartsFromWhatItIs() {
        Question saved = check(mcq().build()).cards().get(0);

        assertThat(check(CardDraft.of(saved)).cards()).containsExactly(saved);
    }
}
