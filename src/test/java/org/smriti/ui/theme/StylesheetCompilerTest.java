package org.smriti.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetCompilerTest {

    @TempDir
    Path dir;

    @Test
    void everyStylesheetGetsABinaryTwinWithTheSameRules() throws IOException {
        Path css = dir.resolve("review/review.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".card { -fx-padding: 1em; -fx-background-color: -color-bg-subtle; }\n"
                + ".nav-button:selected, .answer > .label { -fx-font-weight: bold; }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a stylesheet");

        StylesheetCompiler.main(new String[] {dir.toString()});

        Stylesheet binary = Stylesheet.loadBinary(dir.resolve("review/review.bss").toUri().toURL());
        Stylesheet text = new CssParser().parse(css.toUri().toURL());
        assertThat(binary.getRules()).extracting(StylesheetCompilerTest::describe)
                .containsExactlyElementsOf(text.getRules().stream().map(StylesheetCompilerTest::describe).toList());
        assertThat(dir.resolve("notes.bss")).doesNotExist();
    }

    /** A binary rule reads its declarations only when asked, so they are compared through the getters. */
    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + "=" + d.getParsedValue()).toList();
    }
}
