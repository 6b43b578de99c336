package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.core.question.TestQuestions.chronology;
import static org.smriti.core.question.TestQuestions.meta;
import static org.smriti.core.question.TestQuestions.pairs;
import static org.smriti.core.question.TestQuestions.statements;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayedQuestionTest {

    @Test
    void statementsAreNumberedBetweenTheLeadInAndTheClosingQuestion() {
        Statements s = statements("s", Statements.Style.WHICH, true, false);

        DisplayedQuestion d = DisplayedQuestion.of(s);

        assertThat(d.prompt()).isEqualTo("Prompt of s\n1. Statement 1\n2. Statement 2\n"
                + "Which of the statements given above is/are correct?");
        assertThat(d.options()).containsExactly("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2");
        assertThat(d.answer()).hasValue(0);
        assertThat(d.answerText()).isEmpty();
    }

    @Test
    void pairsShowTheirHeaderAlignedWithTheRowsAndWhatIsShownNotTheActualSide() {
        DisplayedQuestion d = DisplayedQuestion.of(pairs("p", true, false, true));

        assertThat(d.prompt()).isEqualTo("Prompt of p\n   Left — Right\n1. L0 — R0\n2. L1 — R1\n3. L2 — R2\n"
                + "How many of the above pairs are correctly matched?");
        assertThat(d.header()).containsExactly("Left", "Right");
        assertThat(d.options().get(d.answer().getAsInt())).isEqualTo("Only two");
    }

    @Test
    void anAssertionShowsStatementOneAndTwoThenUpscsQuestion() {
        Assertion a = new Assertion(meta("a"), "India runs a deficit.", "Japan exports more.",
                Assertion.AssertionKey.ONLY_FIRST_TRUE);

        DisplayedQuestion d = DisplayedQuestion.of(a);

        assertThat(d.prompt()).isEqualTo("Prompt of a\nStatement-I: India runs a deficit.\n"
                + "Statement-II: Japan exports more.\n" + Assertion.CLOSING_QUESTION);
        assertThat(d.options()).isEqualTo(Assertion.OPTIONS);
        assertThat(d.answer()).hasValue(2);
    }

    @Test
    void eventsAreNumberedInTheOrderStoredNotByYear() {
        DisplayedQuestion d = DisplayedQuestion.of(chronology("c", 2014, 2000, 2006));

        assertThat(d.prompt()).isEqualTo("Prompt of c\n1. Event of 2014\n2. Event of 2000\n3. Event of 2006\n"
                + Chronology.CLOSING_QUESTION);
        assertThat(d.options().get(d.answer().getAsInt())).isEqualTo("2-3-1");
    }

    @Test
    void anMcqIsItsPromptAndItsOptions() {
        Mcq m = new Mcq(meta("m"), List.of("Army", "Navy", "Air Force", "Coast Guard"), 1);

        DisplayedQuestion d = DisplayedQuestion.of(m);

        assertThat(d.prompt()).isEqualTo("Prompt of m");
        assertThat(d.rows()).isEmpty();
        assertThat(d.options()).containsExactly("Army", "Navy", "Air Force", "Coast Guard");
        assertThat(d.answer()).hasValue(1);
    }

    @Test
    void recallCardsHaveAnAnswerTextAndNoOptions() {
        Flashcard f = new Flashcard(meta("f"), "The navies.");
        String text = "The {{c1::JIMEX::exercise}} is {{c2::naval}}.";
        Cloze c = new Cloze(meta("n").withIdAndPrompt("n-c1", ClozeText.parse(text).front(1)), text, 1);
        Descriptive essay = new Descriptive(meta("d"), List.of("Point one", "Point two"));

        assertThat(DisplayedQuestion.of(f).answerText()).hasValue("The navies.");
        assertThat(DisplayedQuestion.of(f).options()).isEmpty();
        assertThat(DisplayedQuestion.of(f).answer()).isEmpty();
        assertThat(DisplayedQuestion.of(c).prompt()).isEqualTo("The [exercise] is naval.");
        assertThat(DisplayedQuestion.of(c).answerText()).hasValue("JIMEX");
        assertThat(DisplayedQuestion.of(essay).answerText()).hasValue("Point one\nPoint two");
    }

    @Test
    void optionsAreLetteredAsUpscPrintsThem() {
        assertThat(List.of(0, 1, 2, 3)).map(DisplayedQuestion::optionLetter).containsExactly("(a)", "(b)", "(c)", "(d)");
    }
}
