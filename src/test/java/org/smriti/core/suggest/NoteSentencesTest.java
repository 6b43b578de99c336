package org.smriti.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteSentencesTest {

    private static List<String> texts(String note) {
        return NoteSentences.of(note).stream().map(Sentence::text).toList();
    }

    private static Sentence only(String note) {
        List<Sentence> sentences = NoteSentences.of(note);
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "## Bilateral Security and Defence Cooperation: Indo-Japan",
        "### Why in News?",
        "**For Prelims:** India-Japan Relations, Quad Grouping",
        "For Prelims: [Indo-Pacific region](#), [ASEAN](#), [United Nations Charter](#), [Veer Guardian](#), "
                + "[Dharma Guardian](#), [JIMEX](#), [Buddhism](#)",
        "**For Mains:** Bilateral Groupings and Agreements",
        "**Source: IE**",
        "PDF Reference URL: <https://www.drishtias.com/printpdf/bilateral-security-and-defence-cooperation-indo-japan>",
        "**Ans: (a)**",
        "GS2- International Relations",
        "GS2 – International Relations",
        "Q1. In which one of the following groups are all four countries members of G20? (2020)",
        "Q. Quadrilateral Security Dialogue (Quad) is transforming itself into a trade bloc from a military alliance, "
                + "in present times Discuss. (2020).",
        "- (a) Argentina, Mexico, South Africa and Turkey",
        "Pillars of the India-Japan Special Strategic Partnership",
        "India, Japan agree to promote financial cooperation",
        "Japan Keen to Deepen Defence Ties With India",
        "Defence ties:",
        "**Way Forward:**",
        "- Defence and Security",
        "Drishti Mains Question:",
        "What Are the Key Challenges in India-Japan Relations?",
        "Discuss the key challenges, and how can both countries enhance their partnership?",
        "March 2024",
        "  • Sep 10",
        "+91 9606900005 / 04",
    })
    void headingsLabelsAndQuestionsAreNoSentences(String line) {
        assertThat(texts("Intro line.\n\n" + line + "\n")).isEmpty();
    }

    @Test
    void aLongLineWithoutFullStopIsASentence() {
        String line = "Recently, Prime Minister Fumio Kishida emphasized that Japan views India as a crucial partner "
                + "in the Indo-Pacific";

        assertThat(texts(line)).containsExactly(line);
    }

    @Test
    void bulletAndNumberMarkersAreNotPartOfTheSentence() {
        assertThat(texts("- In 2014, India and Japan upgraded their ties.\n  1. Japan ranked 12th among partners.\n"
                + "• The Association was set up in 1903."))
                .containsExactly("In 2014, India and Japan upgraded their ties.", "Japan ranked 12th among partners.",
                        "The Association was set up in 1903.");
    }

    @Test
    void markupIsRemovedAndTheNotesOwnCharactersKept() {
        Sentence s = only("- For the **14<sup>th</sup> India-Japan Annual Summit** in [Tokyo](#) under ‘Act East’.");

        assertThat(s.text()).isEqualTo("For the 14th India-Japan Annual Summit in Tokyo under ‘Act East’.");
        assertThat(s.quote()).isEqualTo(s.text());
    }

    @Test
    void theSpanIsTheSentenceInTheRawNote() {
        String note = "Intro line.\n\n- For the **14<sup>th</sup> Summit** in Tokyo. Japan agreed to more ties.";

        Sentence first = NoteSentences.of(note).get(0);

        assertThat(note.substring(first.span().start(), first.span().end()))
                .isEqualTo("For the **14<sup>th</sup> Summit** in Tokyo.");
    }

    @Test
    void boldStretchesAreKnownInTheSentence() {
        Sentence s = only("India and Japan agreed to enhance **Bilateral Security Cooperation** in defence.");

        assertThat(s.emphasis()).singleElement().extracting(r -> r.of(s.text()))
                .isEqualTo("Bilateral Security Cooperation");
    }

    @Test
    void aHardWrappedParagraphIsOneSentence() {
        String note = "India and Japan signed the agreement on logistics\nin 2020 to coordinate their forces closely.";

        Sentence s = only(note);

        assertThat(s.text()).isEqualTo("India and Japan signed the agreement on logistics in 2020 to coordinate their "
                + "forces closely.");
        assertThat(s.span().end()).isEqualTo(note.length());
    }

    @Test
    void aCapitalisedLineAfterAShortHeadingStartsAnew() {
        assertThat(texts("Context\nPrime Minister Modi attended the 15th India-Japan Annual Summit in Tokyo."))
                .containsExactly("Prime Minister Modi attended the 15th India-Japan Annual Summit in Tokyo.");
    }

    @Test
    void aLeadInLabelIsMarkedOnItsSentenceOnly() {
        List<Sentence> sentences = NoteSentences.of("- Economic Ties: Japan is a partner of India. It is also the "
                + "largest donor to India.");

        assertThat(sentences.get(0).labelEnd()).isEqualTo("Economic Ties: ".length());
        assertThat(sentences.get(0).subject()).isFalse();
        assertThat(sentences.get(1).labelEnd()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "- Osaka Track: A plurilateral framework proposed by Japan for digital trade.",
        "- Act East Policy: Promotes India’s strategic engagement with Southeast Asia.",
        "- Economic Security Dialogue: Launched in 2024, it focuses on semiconductors.",
    })
    void aLabelTheSentenceDefinesIsItsSubject(String line) {
        assertThat(only(line).subject()).isTrue();
    }

    @Test
    void aRepeatedSentenceIsKeptOnce() {
        assertThat(texts("India signed the pact in 2014.\n\n- India signed the pact in 2014.")).hasSize(1);
    }

    @Test
    void eachTableRowUnderAHeaderIsASentenceAboutItsFirstCell() {
        String note = "| Exercise | Service |\n|---|---|\n| **JIMEX** | Navy |\n| Dharma Guardian | Army |\n";

        List<Sentence> rows = NoteSentences.of(note);

        assertThat(rows).extracting(Sentence::text)
                .containsExactly("Exercise: JIMEX; Service: Navy", "Exercise: Dharma Guardian; Service: Army");
        assertThat(rows.get(0).quote()).isEqualTo("| JIMEX | Navy |");
        assertThat(rows.get(0).cells()).singleElement().satisfies(cell -> {
            assertThat(cell.range().of(rows.get(0).text())).isEqualTo("Navy");
            assertThat(cell.header()).isEqualTo("Service");
        });
    }

    @Test
    void aTableWithoutHeaderJoinsItsCellsWithBars() {
        assertThat(texts("| JIMEX | Navy |\n| Malabar | Navy |")).containsExactly("JIMEX | Navy", "Malabar | Navy");
    }

    @Test
    void sentencesAreNumberedInTheNotesOrder() {
        assertThat(NoteSentences.of("# Title\n\nJapan joined it in 2015. India hosted it in 2016.\n\n"
                + "| Exercise | Service |\n|---|---|\n| JIMEX | Navy |"))
                .extracting(Sentence::index).containsExactly(0, 1, 2);
    }
}
