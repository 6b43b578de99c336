package org.smriti.data.interop.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The record splitting of csv-core as Anki configures it. */
class RecordsTest {

    private static List<Records.Record> split(String text) {
        return Records.split(text, '\t', 1);
    }

    @Test
    void emptyLinesAreSkippedAndEachRecordKnowsItsLine() {
        assertThat(split("a\tb\n\n\nc\td\n")).extracting(Records.Record::line, Records.Record::fields)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, List.of("a", "b")),
                        org.assertj.core.groups.Tuple.tuple(4, List.of("c", "d")));
    }

    @Test
    void aQuotedFieldKeepsDelimitersLineBreaksAndDoubledQuotes() {
        List<Records.Record> records = split("\"a\tb\nc \"\"d\"\"\"\tx\nnext\n");
        assertThat(records.get(0).fields()).containsExactly("a\tb\nc \"d\"", "x");
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void textAfterAClosingQuoteIsAppendedAndAQuoteInsideAnUnquotedFieldIsText() {
        assertThat(split("\"ab\"c\td\"e\n").get(0).fields()).containsExactly("abc", "d\"e");
    }

    @Test
    void aCommentIsALineStartingWithHashButNotInsideAQuotedField() {
        assertThat(split("#x\ta\n\"b\n#c\"\td\n").get(0).fields()).containsExactly("b\n#c", "d");
    }

    @Test
    void crLfAndLoneCrEndRecords() {
        assertThat(split("a\r\nb\rc\n")).extracting(Records.Record::fields)
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void aTrailingDelimiterGivesAnEmptyLastField() {
        assertThat(split("a\t\n").get(0).fields()).containsExactly("a", "");
    }

    @Test
    void aQuoteOpenAtTheEndOfTheFileEndsTheRecordAndSaysSo() {
        Records.Record r = split("a\t\"b\nc\n").get(0);
        assertThat(r.fields()).containsExactly("a", "b\nc\n");
        assertThat(r.unclosedQuote()).isTrue();
    }
}
