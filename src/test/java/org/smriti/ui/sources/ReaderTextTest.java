package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

class ReaderTextTest {

    private static final String NOTE = "# Defence ties\n\n"
            + "- India and Japan signed the **ACSA** in 2020. It lets each side use the other's bases.\n"
            + "  - See [the MEA note](https://mea.gov.in) for “details”.\n"
            + "Dr. S. Jaishankar met Rs. 500 crore targets. The U.S. Navy joined later.\n";

    private final ReaderText text = ReaderText.of(NOTE);

    @Test
    void linesShowBulletsAndDropMarkupKeepingEachRawOffset() {
        assertThat(text.lines()).extracting(ReaderText.Line::text).containsExactly("Defence ties",
                "•  India and Japan signed the ACSA in 2020. It lets each side use the other's bases.",
                "◦  See the MEA note for “details”.",
                "Dr. S. Jaishankar met Rs. 500 crore targets. The U.S. Navy joined later.");
        for (ReaderText.Line line : text.lines()) {
            for (int i = line.prefix().length(); i < line.text().length(); i++) {
                assertThat(NOTE.charAt(line.raw()[i])).isEqualTo(line.text().charAt(i));
            }
        }
    }

    @Test
    void aSelectionAcrossBoldMarkupQuotesTheTextTheNoteLocates() {
        ReaderText.Line bullet = text.lines().get(1);
        int from = bullet.start() + bullet.text().indexOf("signed");
        int to = bullet.start() + bullet.text().indexOf(" It lets");
        Span span = text.rawSpan(from, to).orElseThrow();
        assertThat(NOTE.substring(span.start(), span.end())).isEqualTo("signed the **ACSA** in 2020.");
        String quote = text.quote(span);
        assertThat(quote).isEqualTo("signed the ACSA in 2020.");
        assertThat(new SourceDocument("n.md", "n", NOTE).locate(quote)).contains(span);
    }

    @Test
    void aSelectionOverSeveralLinesKeepsWhatTheNoteHoldsBetweenThem() {
        ReaderText.Line first = text.lines().get(1);
        ReaderText.Line second = text.lines().get(2);
        int from = first.start() + first.text().indexOf("the other's");
        int to = second.start() + second.text().indexOf(" for");
        String quote = text.quote(text.rawSpan(from, to).orElseThrow());
        assertThat(quote).isEqualTo("the other's bases. - See the MEA note");
        assertThat(new SourceDocument("n.md", "n", NOTE).locate(quote)).isPresent();
    }

    @Test
    void aSelectionOfTheBulletAloneIsNothing() {
        ReaderText.Line bullet = text.lines().get(1);
        assertThat(text.rawSpan(bullet.start(), bullet.start() + 3)).isEmpty();
    }

    @Test
    void curlyQuotesStayAsTheNoteWritesThem() {
        ReaderText.Line sub = text.lines().get(2);
        Span span = text.sentenceAt(sub, sub.text().indexOf("MEA")).orElseThrow();
        assertThat(text.quote(span)).isEqualTo("See the MEA note for “details”.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jaishankar | Dr. S. Jaishankar met Rs. 500 crore targets.",
        "crore      | Dr. S. Jaishankar met Rs. 500 crore targets.",
        "Navy       | The U.S. Navy joined later.",
    })
    void clickingAWordSelectsItsSentenceNotStoppingAtAbbreviations(String word, String sentence) {
        ReaderText.Line line = text.lines().get(3);
        Span span = text.sentenceAt(line, line.text().indexOf(word)).orElseThrow();
        assertThat(text.quote(span)).isEqualTo(sentence);
    }

    @Test
    void clickingTheBulletSelectsTheFirstSentenceAfterIt() {
        ReaderText.Line bullet = text.lines().get(1);
        assertThat(text.quote(text.sentenceAt(bullet, 0).orElseThrow()))
                .isEqualTo("India and Japan signed the ACSA in 2020.");
    }

    @Test
    void findIgnoresCaseAndMatchesWhatIsShownAcrossMarkup() {
        List<Span> matches = text.find("the acsa");
        assertThat(matches).hasSize(1);
        assertThat(NOTE.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("the **ACSA");
        assertThat(text.find("India")).hasSize(1);
        assertThat(text.find("mea.gov")).as("a link's address is not shown").isEmpty();
        assertThat(text.find("  ")).isEmpty();
    }

    @Test
    void localRangeIsWhereARawSpanShowsInALine() {
        ReaderText.Line bullet = text.lines().get(1);
        Span acsa = text.find("ACSA").get(0);
        int[] range = ReaderText.localRange(bullet, acsa);
        assertThat(bullet.text().substring(range[0], range[1])).isEqualTo("ACSA");
        assertThat(ReaderText.localRange(text.lines().get(0), acsa)).isNull();
        assertThat(text.lineOfRaw(acsa.start())).isEqualTo(1);
    }

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySentenceClickedInABundledNoteQuotesTextTheNoteLocates(Path seed) throws IOException {
        String raw = Files.readString(seed, StandardCharsets.UTF_8);
        SourceDocument doc = new SourceDocument(seed.getFileName().toString(), "seed", raw);
        ReaderText seedText = ReaderText.of(raw);
        int sentences = 0;
        for (ReaderText.Line line : seedText.lines()) {
            for (int i = 0; i < line.text().length(); i += 7) {
                Span span = seedText.sentenceAt(line, i).orElse(null);
                if (span != null) {
                    String quote = seedText.quote(span);
                    assertThat(doc.locate(quote)).as(quote).isPresent();
                    sentences++;
                }
            }
        }
        assertThat(sentences).isGreaterThan(50);
    }
}
