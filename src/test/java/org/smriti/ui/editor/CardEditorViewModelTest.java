package org.smriti.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

/** The card editor's state: what is typed becomes a draft, checked by the pack validator on every change. */
class CardEditorViewModelTest {

    private final FakeEditorPorts ports = new FakeEditorPorts();

    private CardEditorViewModel newCard(QuestionType type) {
        return new CardEditorViewModel(ports, CardDraft.blank(type, null), EditorMode.NEW);
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = "DESCRIPTIVE", mode = EnumSource.Mode.EXCLUDE)
    void eachTypeBuildsAValidCardFromTypedFields(QuestionType type) {
        CardEditorViewModel model = newCard(QuestionType.CLOZE);

        Drafts.fill(model, type);

        assertThat(model.checked().get().problems()).isEmpty();
        assertThat(model.canSave().get()).isTrue();
        assertThat(model.preview().get().type()).isEqualTo(type);
    }

    @Test
    void anEmptyPromptIsNamedBesideThePrompt() {
        CardEditorViewModel model = newCard(QuestionType.MCQ);
        Drafts.fill(model, QuestionType.MCQ);

        model.common().prompt().set("  ");

        assertThat(model.problems().about("prompt").get()).isEqualTo("Must not be empty.");
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.preview().get()).isNull();
    }

    @Test
    void aMissingOptionIsNamedBesideThatOption() {
        CardEditorViewModel model = newCard(QuestionType.MCQ);
        Drafts.fill(model, QuestionType.MCQ);

        model.mcq().option(3).set("");

        assertThat(model.problems().about("options[3]").get()).isEqualTo("Must not be empty.");
        assertThat(model.problems().about("options[0]").get()).isEmpty();
    }

    @Test
    void aRepeatedOptionIsNamedBesideTheRepeat() {
        CardEditorViewModel model = newCard(QuestionType.MCQ);
        Drafts.fill(model, QuestionType.MCQ);

        model.mcq().option(2).set("Army");

        assertThat(model.problems().about("options[2]").get()).isEqualTo("Same text as option (a).");
        assertThat(model.problems().about("options[0]").get()).isEmpty();
    }

    @Test
    void anMcqWithoutItsRightOptionAsksToChooseOne() {
        CardEditorViewModel model = newCard(QuestionType.MCQ);
        Drafts.fill(model, QuestionType.MCQ);

        model.mcq().keyed().set(-1);

        assertThat(model.problems().about("answer").get()).isEqualTo("Choose the right option with its round button.");
    }

    @Test
    void aQuoteNotInItsNoteIsNamedWithTheNotesTitle() {
        CardDraft draft = Drafts.ownMcq("my-jimex").toBuilder()
                .source(new SourceRef(FakeEditorPorts.NOTE.file(), "JIMEX is an air exercise")).build();

        CardEditorViewModel model = new CardEditorViewModel(ports, draft, EditorMode.EDIT);

        assertThat(model.problems().about("source").get())
                .isEqualTo("Not found in “India–Japan defence ties”: a quote must be the note's own words.");
    }

    @Test
    void aClozeWithoutABlankSaysHowToMakeOne() {
        CardEditorViewModel model = new CardEditorViewModel(ports,
                CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);

        assertThat(model.problems().about("text").get())
                .isEqualTo("Has no cloze deletion: mark the answer as {{c1::answer}}.");
    }

    @Test
    void aYearThatIsNotANumberIsNamedBesideItsEvent() {
        CardEditorViewModel model = newCard(QuestionType.CHRONOLOGY);
        Drafts.fill(model, QuestionType.CHRONOLOGY);

        Drafts.event(model, 1, "Global Partnership", "two thousand");

        assertThat(model.problems().about("events[1]").get()).isEqualTo("Year: must be a whole number.");
        assertThat(model.problems().about("events[0]").get()).isEmpty();
    }

    @Test
    void aCardMadeFromAPassageStartsAsThePassageToBlank() {
        CardEditorViewModel model = new CardEditorViewModel(ports,
                CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE), EditorMode.NEW);

        assertThat(model.cloze().text().get()).isEqualTo(FakeEditorPorts.PASSAGE);
        assertThat(model.sourceTitle().get()).isEqualTo("India–Japan defence ties");
        assertThat(model.changed().get()).isFalse();
    }

    @Test
    void blankingWrapsTheSelectionInTheNextNumber() {
        CardEditorViewModel model = newCard(QuestionType.CLOZE);
        model.cloze().text().set("JIMEX is a naval exercise");

        model.blankSelection(0, 5, false);
        ClozeFields.Caret caret = model.blankSelection(19, 24, false);

        assertThat(model.cloze().text().get()).isEqualTo("{{c1::JIMEX}} is a {{c2::naval}} exercise");
        assertThat(caret.caret()).isEqualTo("{{c1::JIMEX}} is a {{c2::naval}}".length());
        assertThat(model.previewCards()).extracting(q -> ((Cloze) q).number()).containsExactly(1, 2);
    }

    @Test
    void blankingWithAltKeepsTheHighestNumberSoBothGoOnOneCard() {
        CardEditorViewModel model = newCard(QuestionType.CLOZE);
        String text = "{{c1::JIMEX}} and {{c2::Malabar}} are naval";
        model.cloze().text().set(text);

        model.blankSelection(text.indexOf("naval"), text.length(), true);

        assertThat(model.cloze().text().get()).isEqualTo("{{c1::JIMEX}} and {{c2::Malabar}} are {{c2::naval}}");
    }

    @Test
    void blankingNothingInsertsAnEmptyBlankWithTheCaretInside() {
        CardEditorViewModel model = newCard(QuestionType.CLOZE);
        model.cloze().text().set("JIMEX is ");

        ClozeFields.Caret caret = model.blankSelection(9, 9, false);

        assertThat(model.cloze().text().get()).isEqualTo("JIMEX is {{c1::}}");
        assertThat(caret.caret()).isEqualTo("JIMEX is {{c1::".length());
    }

    @Test
    void eachClozeCardCanBePreviewed() {
        CardEditorViewModel model = newCard(QuestionType.CLOZE);
        Drafts.fill(model, QuestionType.CLOZE);

        model.previewIndex().set(1);

        assertThat(((Cloze) model.preview().get()).number()).isEqualTo(2);
        assertThat(model.preview().get().prompt()).isEqualTo("India and Japan hold JIMEX, a […] exercise.");
    }

    @Test
    void changingTypeKeepsWhatEveryCardHas() {
        CardEditorViewModel model = new CardEditorViewModel(ports, Drafts.ownMcq(null), EditorMode.NEW);
        model.common().tags().set("ir  defence ");
        model.common().difficulty().set(3);

        model.type().set(QuestionType.FLASHCARD);
        CardDraft draft = model.draft();

        assertThat(draft.type()).isEqualTo(QuestionType.FLASHCARD);
        assertThat(draft.prompt()).isEqualTo("Which service runs JIMEX?");
        assertThat(draft.explanation()).isEqualTo("JIMEX is the maritime exercise.");
        assertThat(draft.topics()).containsExactly(Topic.DEFENCE);
        assertThat(draft.tags()).containsExactly("ir", "defence");
        assertThat(draft.difficulty()).isEqualTo(3);
        assertThat(draft.source()).isEqualTo(Drafts.FROM_PASSAGE);
    }

    @Test
    void theMainTopicComesFirstAndOnlyOnce() {
        CardEditorViewModel model = newCard(QuestionType.FLASHCARD);
        model.common().otherTopics().addAll(List.of(Topic.ENERGY, Topic.HISTORY));

        model.common().mainTopic().set(Topic.ENERGY);

        assertThat(model.draft().topics()).containsExactly(Topic.ENERGY, Topic.HISTORY);
    }

    @Test
    void rowsAreAddedAndRemovedWithinTheAllowedCount() {
        CardEditorViewModel model = newCard(QuestionType.STATEMENTS);
        EditableRows<StatementFields.Row> rows = model.statements().rows();
        assertThat(rows.rows()).hasSize(2);

        rows.remove(0);
        assertThat(rows.rows()).hasSize(2);
        rows.add();
        rows.add();
        rows.add();
        assertThat(rows.rows()).hasSize(4);
        assertThat(rows.canAdd().get()).isFalse();
        rows.remove(3);
        assertThat(rows.rows()).hasSize(3);
    }

    @Test
    void editingKeepsTheCardsIdAndType() throws Exception {
        CardEditorViewModel model = new CardEditorViewModel(ports, Drafts.ownMcq("my-jimex"), EditorMode.EDIT);

        model.common().prompt().set("Which service conducts JIMEX?");
        EditorPorts.Saved saved = model.save().orElseThrow();

        assertThat(model.typeLocked()).isTrue();
        assertThat(saved.draft().id()).isEqualTo("my-jimex");
        assertThat(saved.cards()).extracting(Question::id).containsExactly("my-jimex");
        assertThat(ports.saved()).extracting(CardDraft::id).containsExactly("my-jimex");
    }

    @Test
    void aCopyOfABundledQuestionGetsAnIdOfItsOwn() {
        CardEditorViewModel model = new CardEditorViewModel(ports, Drafts.ownMcq("bundled-question"),
                EditorMode.COPY);

        assertThat(model.draft().id()).isNull();
        assertThat(model.canSave().get()).isTrue();
        assertThat(model.save().orElseThrow().draft().id()).isEqualTo("my-card-1");
    }

    @Test
    void aFailedSaveKeepsEverythingTypedAndSaysWhy() {
        CardEditorViewModel model = newCard(QuestionType.MCQ);
        Drafts.fill(model, QuestionType.MCQ);
        CardDraft typed = model.draft();
        ports.failWith(new IOException("The disk is full."));

        assertThat(model.save()).isEmpty();

        assertThat(model.message().get()).contains("The disk is full.").contains("Nothing you typed is lost");
        assertThat(model.draft()).isEqualTo(typed);
        assertThat(model.changed().get()).isTrue();
        ports.failWith(null);
        assertThat(model.save()).isPresent();
        assertThat(model.message().get()).isEmpty();
    }

    @Test
    void aCardWithProblemsIsNotSavedAndTheMessageGoesOnceTheyAreFixed() {
        CardEditorViewModel model = newCard(QuestionType.FLASHCARD);
        model.common().prompt().set("Which service runs JIMEX?");

        assertThat(model.save()).isEmpty();
        assertThat(model.message().get()).isEqualTo("Not saved yet: fix the 1 problem marked in red.");
        assertThat(model.firstProblemField()).contains("answer");
        assertThat(ports.saved()).isEmpty();

        model.flashcard().answer().set("The navies.");
        assertThat(model.message().get()).isEmpty();
    }

    @Test
    void anIdProblemIsShownAboveTheFieldsNamingTheId() {
        CardEditorViewModel model = new CardEditorViewModel(ports, Drafts.ownMcq("bundled-question"),
                EditorMode.EDIT);

        assertThat(model.problems().elsewhere().get()).isEqualTo("Id: duplicate id (also in another card).");
    }
}
