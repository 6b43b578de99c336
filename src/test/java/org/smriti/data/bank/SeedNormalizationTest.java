package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.TextNormalizer;

/** The offset-keeping normalizer agrees with the README's rule applied literally, step by step, on every seed. */
class SeedNormalizationTest {

    /** question-bank/README.md's comparison rule, as successive replacements in the order it lists them. */
    private static String readmeRule(String text) {
        return text.replaceAll("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>", "")
                .replaceAll("\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)", "$1")
                .replace("\\(", "(").replace("\\)", ")")
                .replace("**", "").replace("__", "")
                .replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("(?:\\p{javaWhitespace}|\\p{javaSpaceChar})+", " ");
    }

    @Test
    void normalizingEverySeedMatchesTheReadmeRule() throws IOException {
        for (SourceDocument doc : BankLoader.loadBundled().documents()) {
            assertThat(TextNormalizer.normalize(doc.text())).as(doc.file()).isEqualTo(readmeRule(doc.text()));
        }
    }
}
