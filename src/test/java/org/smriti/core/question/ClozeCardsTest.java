package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeCardsTest {

    @Test
    void aNoteGivesOneCardPerNumberWithItsFrontAsPromptAndTheNotesMeta() {
        QuestionMeta note = TestQuestions.meta("def-exercises-cloze", Topic.DEFENCE);
        String text = "{{c2::JIMEX::naval}} and {{c1::Dharma Guardian}}";

        List<Cloze> cards = Cloze.cards(note, text);

        assertThat(cards).extracting(Cloze::id, Cloze::prompt, Cloze::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("def-exercises-cloze-c1", "JIMEX and […]", "Dharma Guardian"),
                org.assertj.core.groups.Tuple.tuple("def-exercises-cloze-c2", "[naval] and Dharma Guardian", "JIMEX"));
        assertThat(cards).allSatisfy(c -> {
            assertThat(c.noteId()).isEqualTo("def-exercises-cloze");
            assertThat(c.topics()).isEqualTo(note.topics());
        });
    }
}
