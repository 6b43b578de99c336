package org.smriti.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HelpOverlayTest {

    @Test
    void theReadmeKeyboardTableListsEveryShortcutOfTheInAppHelpAndNoOther() throws IOException {
        List<String> inApp = new ArrayList<>();
        for (HelpOverlay.Section section : HelpOverlay.SECTIONS) {
            for (HelpOverlay.Shortcut row : section.rows()) {
                inApp.add(section.title().toLowerCase(Locale.ROOT) + " | " + row.keys() + " | "
                        + row.action().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(readmeRows()).containsExactlyElementsOf(inApp);
    }

    /** The Keyboard section's table rows as "where | keys | action", a blank "where" meaning the row above's. */
    private static List<String> readmeRows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Keyboard"), readme.indexOf("## Where your data lives"));
        List<String> rows = new ArrayList<>();
        String where = "";
        for (String line : section.lines().filter(l -> l.startsWith("| ")).skip(1).toList()) {
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            where = cells[0].isBlank() ? where : cells[0].trim();
            rows.add(where.toLowerCase(Locale.ROOT) + " | " + cells[1].trim() + " | "
                    + cells[2].trim().toLowerCase(Locale.ROOT));
        }
        return rows;
    }
}
