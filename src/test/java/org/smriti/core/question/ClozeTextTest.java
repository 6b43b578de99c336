package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void aTextHasADeletionOfEachOfItsNumbersOnly() {
        ClozeText cloze = ClozeText.parse(TWO + " {{c4::unclosed");

        assertThat(cloze.hasDeletion(1)).isTrue();
        assertThat(cloze.hasDeletion(2)).isTrue();
        assertThat(cloze.hasDeletion(3)).isFalse();
        assertThat(cloze.hasDeletion(4)).isFalse();
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

    @Test
    void deletionsAreFoundAsTheirRegularExpressionFindsThemOnRandomText() {
        // parse is written by hand for speed; this pattern is its definition.
        String run = "((?:(?!\\{\\{|}}).)*?)";
        Pattern deletion = Pattern.compile("\\{\\{c(\\d{1,3})::" + run + "(?:::" + run + ")?}}", Pattern.DOTALL);
        String[] pieces = {"{{", "}}", "{{c", "::", ":", "{", "}", "c", "1", "12", "1234", "a", " ", "\n", "x"};
        Random random = new Random(14);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<ClozeText.Part> expected = new ArrayList<>();
            Matcher m = deletion.matcher(text);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    expected.add(new ClozeText.Plain(text.substring(at, m.start())));
                }
                String hint = m.group(3);
                expected.add(new ClozeText.Deletion(Integer.parseInt(m.group(1)), m.group(2),
                        hint == null || hint.isBlank() ? null : hint));
                at = m.end();
            }
            if (at < text.length()) {
                expected.add(new ClozeText.Plain(text.substring(at)));
            }
            assertThat(ClozeText.parse(text.toString()).parts()).as(text.toString()).isEqualTo(expected);
        }
    }
}
