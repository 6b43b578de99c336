package org.smriti.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(r -> r.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a full stop before a capital ends a sentence | India signed it in 2014. Japan agreed. | 2",
        "a question and an exclamation end one | Why now? Because! Then more. | 3",
        "a decimal has no space after its point | Trade totalled $21.96 billion in FY 2022-23. It grew. | 2",
        "rupees | The cost was Rs. 500 crore. It rose. | 2",
        "a number sign | It is No. 7 on the list. Then came more. | 2",
        "a dotted abbreviation | Japan's alliance with the U.S. Navy is old. India differs. | 2",
        "a dotted abbreviation before a comma | The alliance with the U.S., leading to friction. Next. | 2",
        "for example | Areas, e.g. Japan and Korea, agreed. Next one. | 2",
        "initials | A. P. J. Abdul Kalam visited Tokyo. He spoke. | 2",
        "a month before a date | It was signed on Sept. 10 in Delhi. Then ratified. | 2",
        "a lower-case word goes on | The list has steel etc. and more items. | 1",
        "etc before a capital ends one | Exports are fish, steel etc. Imports are machinery. | 2",
        "a closing quote stays with its sentence | He said “Act East.” Then left. | 2",
        "a closing bracket stays with its sentence | (The author is a trainer.) Next line here. | 2",
        "a year before a capital ends one | Launched in 2024. It focuses on chips. | 2",
        "an opening quote starts one | It was named. ‘Veer Guardian’ followed. | 2",
        "a digit starts one | It rose. 24 companies applied. | 2",
        "text without an end is one sentence | Signed declarations on hydrogen; launched a fuel | 1",
    })
    void splitsAtSentenceEndsOnly(String rule, String text, int count) {
        assertThat(sentences(text)).as(rule).hasSize(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "the decimal's sentence is whole | Bilateral trade totalled $21.96 billion during FY 2022-23. Next. "
                + "| Bilateral trade totalled $21.96 billion during FY 2022-23.",
        "the closing quote is kept | He said “Act East.” Then left. | He said “Act East.”",
        "the abbreviation's sentence is whole | The cost was Rs. 500 crore. It rose. | The cost was Rs. 500 crore.",
    })
    void theFirstSentenceKeepsItsWords(String rule, String text, String first) {
        assertThat(sentences(text).get(0)).as(rule).isEqualTo(first);
    }

    @Test
    void blankTextHasNoSentence() {
        assertThat(sentences("   ")).isEmpty();
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void sentencesAreTrimmed() {
        assertThat(sentences("It ends here.   ")).containsExactly("It ends here.");
    }
}
