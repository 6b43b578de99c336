package org.smriti.data.interop.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tests of Anki's own text importer (rslib/src/import_export/text/csv/metadata.rs and import.rs, module
 * {@code test}), one for one where they concern the file rather than a collection.
 */
class AnkiMetadataTest {

    private static AnkiMetadata read(String text) {
        return AnkiMetadata.read(text);
    }

    private static List<List<String>> fields(String text) {
        AnkiMetadata m = read(text);
        return m.records().stream().map(r -> m.note(r).fields()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'#separator:comma\n'|COMMA",
            "'#separator:\t\n'|TAB",
            "'#separator:foo\n'|SPACE",
            "'#separator:♥\n'|SPACE",
            "'foo\tbar\n'|TAB",
            "'foobar\n'|SPACE",
            "'#separator:Pipe,,,,,,,\n'|PIPE",
            "'#separator:\t|,:\n'|TAB",
            "'#separator:SEMICOLON\n'|SEMICOLON",
            "'a;b,c\n'|SEMICOLON"})
    void shouldDetectValidDelimiters(String text, Delimiter expected) {
        assertThat(read(text).delimiter()).isEqualTo(expected);
    }

    @Test
    void shouldEnforceValidHtmlFlag() {
        assertThat(read("#html:true\n").html()).isTrue();
        assertThat(read("#html:FALSE\n<br>\n").html()).isFalse();
        assertThat(read("#html:maybe\n").html()).isFalse();
    }

    @Test
    void shouldSetMissingHtmlFlagByFirstRecords() {
        assertThat(read("<br/>\n").html()).isTrue();
        // Field-, not line-based: the comma splits "<br" from "/>".
        assertThat(read("<br,/>\n").html()).isFalse();
        assertThat(read("#html:false\n<br>\n").html()).isFalse();
        assertThat(read("a\nb\nc\nd\ne\n<b>sixth</b>\n").html()).as("only the first five records count").isFalse();
    }

    @Test
    void shouldDetectOldAndNewStyleTags() {
        assertThat(read("tags:foo bar\n").globalTags()).containsExactly("foo", "bar");
        assertThat(read("#tags:foo bar\n").globalTags()).containsExactly("foo", "bar");
        assertThat(read("#\n#tags:foo bar\n").globalTags()).containsExactly("foo", "bar");
        assertThat(read("\n#tags:foo bar\n").globalTags()).as("only in the head").isEmpty();
        assertThat(read("#\ntags:foo bar\n").globalTags()).as("only on the very first line").isEmpty();
    }

    @Test
    void shouldDetectColumnNumberAndNames() {
        assertThat(read("foo;bar\n").columnLabels()).hasSize(2);
        assertThat(read("#separator:,\nfoo;bar\n").columnLabels()).hasSize(1);
        assertThat(read("#separator:|\nfoo|bar\n").columnLabels()).hasSize(2);
        assertThat(read("#columns:one\ttwo\n").columnLabels()).containsExactly("one", "two");
        assertThat(read("#separator:|\n#columns:one|two\n").columnLabels()).containsExactly("one", "two");
    }

    @Test
    void shouldDetectColumnNumberDespiteEscapedLineBreaks() {
        assertThat(read("\"foo|\nbar\"\tfoo\tbar\n").columnLabels()).hasSize(3);
    }

    @Test
    void shouldMapDefaultNotetypeFieldsByIndexIfNoColumnNames() {
        assertThat(read("#deck column:1\nfoo,bar,baz\n").fieldColumns()).containsExactly(2, 3);
    }

    @Test
    void shouldMapDefaultNotetypeFieldsByGivenColumnNames() {
        assertThat(read("#columns:Back\tFront\nfoo,bar,baz\n").fieldColumns()).containsExactly(2, 1);
    }

    @Test
    void shouldAllowNonFreeformMetadataLinesToBeSuffixedByDelimiters() {
        AnkiMetadata m = read("#separator:Pipe,,,,,,,\n#html:true|||||\n#tags:foo bar::世界,,,\n#guid column:8   \n"
                + "#tags column:123abc ");
        assertThat(m.delimiter()).isEqualTo(Delimiter.PIPE);
        assertThat(m.html()).isTrue();
        assertThat(m.guidColumn()).isEqualTo(8);
        assertThat(m.globalTags()).as("tags are free-form").containsExactly("foo", "bar::世界,,,");
        assertThat(m.tagsColumn()).as("ASCII letters and digits are not cut").isZero();
    }

    @Test
    void shouldNotSetTagsColumnIfAllAreFieldColumns() {
        assertThat(read("front\tback\n").tagsColumn()).isZero();
    }

    @Test
    void shouldSetTagsColumnToNextUnusedColumn() {
        assertThat(read("#deck column:3\nfront\tback\tdeck\ttags\n").tagsColumn()).isEqualTo(4);
    }

    @Test
    void shouldAllowMissingColumns() {
        assertThat(fields("foo\n")).containsExactly(Arrays.asList("foo", null));
    }

    @Test
    void shouldRespectCustomDelimiter() {
        assertThat(fields("#separator:pipe\nfr,ont|ba,ck\n")).containsExactly(List.of("fr,ont", "ba,ck"));
    }

    @Test
    void shouldIgnoreFirstLineStartingWithTags() {
        assertThat(fields("tags:foo\nfront,back\n")).containsExactly(List.of("front", "back"));
    }

    @Test
    void shouldIgnoreLinesStartingWithNumberSign() {
        assertThat(fields("#foo\nfront,back\n#bar\n")).containsExactly(List.of("front", "back"));
    }

    @Test
    void shouldParseTagColumn() {
        AnkiMetadata m = read("#tags column:3\nfront,back,foo bar\n");
        assertThat(m.note(m.records().get(0)).tags()).containsExactly("foo", "bar");
    }

    @Test
    void shouldParseDeckColumn() {
        AnkiMetadata m = read("#deck column:1\nfront,back\n");
        assertThat(m.note(m.records().get(0)).deck()).isEqualTo("front");
    }

    @Test
    void shouldParseNotetypeColumn() {
        AnkiMetadata m = read("#notetype column:1\nBasic,front,back\nCloze,foo,bar\n");
        List<AnkiNote> notes = m.records().stream().map(m::note).toList();
        assertThat(notes).extracting(AnkiNote::notetype).containsExactly("Basic", "Cloze");
        assertThat(notes).extracting(AnkiNote::fields).containsExactly(List.of("front", "back"), List.of("foo", "bar"));
    }

    @Test
    void theColumnsOfAnAnkiNotesExportAreItsGuidNotetypeDeckFieldsAndTags() {
        AnkiMetadata m = read("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
                + "#tags column:6\nOt0{;]E^@l\tBasic\tUPSC::Polity\tfront\tback\tgs2 polity\n");
        AnkiNote note = m.note(m.records().get(0));
        assertThat(note).extracting(AnkiNote::guid, AnkiNote::notetype, AnkiNote::deck, AnkiNote::fields, AnkiNote::tags)
                .containsExactly("Ot0{;]E^@l", "Basic", "UPSC::Polity", List.of("front", "back"), List.of("gs2", "polity"));
        assertThat(note.line()).isEqualTo(7);
    }
}
