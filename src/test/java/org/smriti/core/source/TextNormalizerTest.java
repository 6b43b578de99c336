package org.smriti.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "html tags are dropped, their text kept | 14<sup>th</sup> summit | 14th summit",
        "self-closing and attributed tags go too | a<br/>b <span class=\"x\">c</span> | ab c",
        "autolinks are not tags | URL: <https://example.org/x> | URL: <https://example.org/x>",
        "links keep their text | the [Act East Forum](#) guides | the Act East Forum guides",
        "links keep escaped brackets in their text | [ACSA \\(2020\\)](#) | ACSA (2020)",
        "escaped parentheses become plain | Agreement \\(ACSA\\) | Agreement (ACSA)",
        "bold and underline markers are removed | **JIMEX (naval)** and __Navy__ | JIMEX (naval) and Navy",
        "single star and underscore stay | a * b _c | a * b _c",
        "curly single quotes become straight | ‘Global Partnership’ | 'Global Partnership'",
        "curly double quotes become straight | “Free and Open” | \"Free and Open\"",
        "white space runs become one space | `a \n\n\t b` | a b",
        "non-breaking spaces are white space | `a\u00A0 b` | a b",
        "case is kept | India JAPAN | India JAPAN",
    })
    void normalizesMarkupAsTheReadmeDescribes(String rule, String raw, String normalized) {
        assertThat(TextNormalizer.normalize(raw)).isEqualTo(normalized);
    }

    @Test
    void locateReportsTheRawSpanAcrossMarkup() {
        String raw = "In March 2022 the **14<sup>th</sup> India-Japan Annual Summit** was held.";

        Span span = TextNormalizer.locate(raw, "14th India-Japan Annual Summit").orElseThrow();

        assertThat(raw.substring(span.start(), span.end())).isEqualTo("14<sup>th</sup> India-Japan Annual Summit");
    }

    @Test
    void locateMapsCollapsedWhiteSpaceBackToTheRawRun() {
        String raw = "Japan\u2019s   reliability\n as a friend";

        Span span = TextNormalizer.locate(raw, "Japan's reliability as").orElseThrow();

        assertThat(raw.substring(span.start(), span.end())).isEqualTo("Japan\u2019s   reliability\n as");
    }

    @Test
    void locateFindsAQuoteInsideLinkText() {
        String raw = "Key: [Acquisition and Cross-Servicing Agreement \\(ACSA\\)](#) in 2020";

        Span span = TextNormalizer.locate(raw, "Cross-Servicing Agreement (ACSA)").orElseThrow();

        assertThat(raw.substring(span.start(), span.end())).isEqualTo("Cross-Servicing Agreement \\(ACSA\\)");
    }

    @Test
    void locateIgnoresWhiteSpaceAroundTheQuote() {
        assertThat(TextNormalizer.locate("the navy exercise", "  navy\n")).contains(new Span(4, 8));
    }

    @Test
    void locateIsCaseSensitive() {
        assertThat(TextNormalizer.locate("JIMEX (naval)", "jimex (naval)")).isEmpty();
    }

    @Test
    void anEmptyQuoteIsNeverFound() {
        assertThat(TextNormalizer.locate("anything", " **  ** ")).isEmpty();
    }

    @Test
    void aQuoteWithCurlyQuotesMatchesStraightQuotesInTheDocument() {
        assertThat(TextNormalizer.locate("upgraded to 'Special Strategic'", "to \u2018Special Strategic\u2019"))
                .isPresent();
    }

    @Test
    void theMarkupRulesMatchTheirRegularExpressionsOnRandomText() {
        // The rules are written by hand for speed; these patterns are their definition (question-bank/README.md).
        Pattern[] dropWhole = {Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"),
            Pattern.compile("\\*\\*|__")};
        Pattern link = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)");
        Pattern escapedParen = Pattern.compile("\\\\[()]");
        String alphabet = "<>/aZ9 \t\n[]()\\*_x\u2019\u00A0=\"";
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = raw.toString();
            boolean[] dropped = new boolean[text.length()];
            for (Pattern p : dropWhole) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    Arrays.fill(dropped, m.start(), m.end(), true);
                }
            }
            Matcher l = link.matcher(text);
            while (l.find()) {
                dropped[l.start()] = true;
                Arrays.fill(dropped, l.end(1), l.end(), true);
            }
            Matcher e = escapedParen.matcher(text);
            while (e.find()) {
                dropped[e.start()] = true;
            }
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (!dropped[i]) {
                    kept.append(text.charAt(i));
                }
            }
            String expected = kept.toString().replace('\u2019', '\'').replaceAll("[\\s\u00A0]+", " ");
            assertThat(TextNormalizer.normalize(text)).as(text).isEqualTo(expected);
        }
    }
}
