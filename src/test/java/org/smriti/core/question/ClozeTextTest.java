package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClozeTextTest {

    private static final String TWO = "{{c1::JIMEX}} is naval; {{c2::Dharma Guardian::exercise}} is the Army's.";

    @Test
    void eachNumberIsOneCard() {
        assertThat(ClozeText.parse(TWO).numbers()).containsExactly(1, 2);
    }

    @Test
    void theFrontBlanksItsOwnNumberAndShowsTheOthers() {
        ClozeText cloze = ClozeText.parse(TWO);

        assertThat(cloze.front(1)).isEqualTo("[…] is naval; Dharma Guardian is the Army's.");
        assertThat(cloze.front(2)).isEqualTo("JIMEX is naval; [exercise] is the Army's.");
    }

    @Test
    void deletionsSharingANumberAreBlankedTogetherAndAnsweredInOrder() {
        ClozeText cloze = ClozeText.parse("{{c1::Tokyo}} and {{c1::Delhi}} signed in {{c2::2014}}.");

        assertThat(cloze.front(1)).isEqualTo("[…] and […] signed in 2014.");
        assertThat(cloze.answer(1)).isEqualTo("Tokyo; Delhi");
    }

    @Test
    void plainTextShowsEveryAnswer() {
        assertThat(ClozeText.parse(TWO).plainText()).isEqualTo("JIMEX is naval; Dharma Guardian is the Army's.");
    }

    @Test
    void aWellFormedTextHasNoProblems() {
        assertThat(ClozeText.problems(TWO)).isEmpty();
    }

    @Test
    void aCardOfANumberTheTextLacksCannotBeMade() {
        QuestionMeta meta = new QuestionMeta("n-c3", "?", "", java.util.List.of(Topic.GENERAL), 2, null, null);
        assertThatThrownBy(() -> new Cloze(meta, TWO, 3)).hasMessageContaining("no deletion c3");
    }

    @Test
    void aCardKnowsItsNoteAndAnswer() {
        QuestionMeta meta = new QuestionMeta("my-note-c2", "?", "", java.util.List.of(Topic.GENERAL), 2, null, null);
        Cloze card = new Cloze(meta, TWO, 2);

        assertThat(card.noteId()).isEqualTo("my-note");
        assertThat(card.answer()).isEqualTo("Dharma Guardian");
    }

    @Test
    void cardsOfOneNoteAreSiblings() {
        assertThat(Facts.stem("my-note-c1")).isEqualTo(Facts.stem("my-note-c2")).isEqualTo("my-note");
        assertThat(Facts.stem("anki-x-reverse")).isEqualTo("anki-x");
    }
}
