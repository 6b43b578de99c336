package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.question.TestQuestions.chronology;
import static org.smriti.core.question.TestQuestions.meta;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private final Question card = new Flashcard(meta("card", Topic.DEFENCE, Topic.HISTORY), "Navy");
    private final Question essay = new Descriptive(meta("essay", Topic.MULTILATERAL), List.of("point"));
    private final Question order = chronology("order", 2000, 2006, 2014);

    @Test
    void keepsQuestionsInBankOrder() {
        assertThat(new QuestionBank(List.of(essay, card, order)).questions()).containsExactly(essay, card, order);
    }

    @Test
    void findsQuestionsById() {
        QuestionBank bank = new QuestionBank(List.of(card, essay));

        assertThat(bank.byId("essay")).contains(essay);
        assertThat(bank.byId("missing")).isEmpty();
    }

    @Test
    void countsQuestionsPerTypeIncludingAbsentTypes() {
        QuestionBank bank = new QuestionBank(List.of(card, essay, order));

        assertThat(bank.countsByType()).containsEntry(QuestionType.FLASHCARD, 1)
                .containsEntry(QuestionType.CHRONOLOGY, 1).containsEntry(QuestionType.MCQ, 0)
                .hasSize(QuestionType.values().length);
    }

    @Test
    void countsQuestionsByMainTopicSoCountsAddUpToTheSize() {
        QuestionBank bank = new QuestionBank(List.of(card, essay, order));

        assertThat(bank.countsByTopic()).containsEntry(Topic.DEFENCE, 1).containsEntry(Topic.MULTILATERAL, 1)
                .containsEntry(Topic.HISTORY, 1);
        assertThat(bank.countsByTopic().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(bank.size());
    }

    @Test
    void refusesDuplicateIds() {
        assertThatThrownBy(() -> new QuestionBank(List.of(card, new Flashcard(meta("card"), "other"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("card");
    }

    @Test
    void isUnaffectedByChangesToTheListItWasBuiltFrom() {
        List<Question> list = new ArrayList<>(List.of(card));
        QuestionBank bank = new QuestionBank(list);
        list.add(essay);

        assertThat(bank.size()).isEqualTo(1);
        assertThatThrownBy(() -> bank.questions().add(essay)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyBankHasNoQuestions() {
        assertThat(QuestionBank.empty().isEmpty()).isTrue();
        assertThat(QuestionBank.empty().countsByType().values()).containsOnly(0);
    }
}
