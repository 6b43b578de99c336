package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMarkupTest {

    @Test
    void headingsBulletsAndParagraphsBecomeBlocks() {
        List<SourceMarkup.Block> blocks = SourceMarkup.parse("## Title\n\n- first\n  - nested\nplain text\n");
        assertThat(blocks).extracting(SourceMarkup.Block::kind).containsExactly(SourceMarkup.Kind.HEADING,
                SourceMarkup.Kind.BULLET, SourceMarkup.Kind.SUB_BULLET, SourceMarkup.Kind.PARAGRAPH);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks).extracting(SourceMarkup.Block::plainText)
                .containsExactly("Title", "first", "nested", "plain text");
    }

    @Test
    void boldLinksTagsAndEscapesShowAsPlainStyledText() {
        SourceMarkup.Block b = SourceMarkup.parse("the **14<sup>th</sup> summit** and [ACSA \\(2020\\)](#)").get(0);
        assertThat(b.plainText()).isEqualTo("the 14th summit and ACSA (2020)");
        assertThat(b.runs()).extracting(SourceMarkup.Run::bold).containsExactly(false, true, false);
    }

    @Test
    void everyShownCharacterKeepsItsRawOffset() {
        String raw = "x **bold** [link](#) y";
        for (SourceMarkup.Run run : SourceMarkup.parse(raw).get(0).runs()) {
            for (int i = 0; i < run.text().length(); i++) {
                assertThat(raw.charAt(run.rawOffsets()[i])).isEqualTo(run.text().charAt(i));
            }
        }
    }
}
