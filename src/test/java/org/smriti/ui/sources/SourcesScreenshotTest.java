package org.smriti.ui.sources;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.settings.Theme;
import org.smriti.core.source.SourceDocument;
import org.smriti.testsupport.Screenshots;
import org.smriti.testsupport.ScreenshotsOnly;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -Pscreenshots test -Dtest=SourcesScreenshotTest} writes {@code target/screenshots/sources-*.png}: a
 * note of the aspirant's open with a card's passage highlighted and a sentence selected, a suggestion showing,
 * the find bar, the note editor and an import summary; light and dark, and at 175 % font.
 */
@ExtendWith(ScreenshotsOnly.class)
class SourcesScreenshotTest {

    static final String NOTE = """
            # India–Japan Special Strategic and Global Partnership

            Summary of my reading for GS2 (International Relations).

            ## Evolution

            - The Japan-India Association was set up in **1903** and is the oldest international friendship body in Japan.
            - Relations were elevated to a Global Partnership in 2000 and to a **Special Strategic and Global Partnership** in 2014.
            - The **2+2 Ministerial Dialogue** of foreign and defence ministers began in 2019.

            ## Economy

            - Japan committed **5 trillion yen** of public and private investment in India over five years in 2022.
            - Bilateral trade reached $21.96 billion in 2022-23, with a large deficit for India.
              - About 1,400 Japanese companies operate in India.
            - The Mumbai-Ahmedabad High Speed Rail is built with Japanese loans under the Shinkansen system.

            ## Defence

            India and Japan signed the Acquisition and Cross-Servicing Agreement (ACSA) in 2020. It lets the two forces \
            use each other's bases for supplies and services. Exercises such as JIMEX (Navy), Dharma Guardian (Army) and \
            Shinyuu Maitri (Air Force) are held regularly.
            """;

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    private final FxRobot robot = new FxRobot();
    private SourcesPageStage stage;
    private FakeNotes notes;

    @Test
    void sourcesWithANoteOfMyOwn() throws Exception {
        notes = FakeNotes.withBundledBank(dataDir);
        SourceDocument note = notes.create("India–Japan Special Strategic and Global Partnership", NOTE);
        notes.create("Quad and the Indo-Pacific", "The Quad leaders met in Tokyo in May 2022.");
        notes.create("Act East Policy", "The Look East Policy of 1991 became the Act East Policy in 2014.");
        notes.saveCards(List.of(notes.suggest(note).stream().filter(s -> s.answer().equals("1903")).findFirst()
                .orElseThrow().draft(note.file())));
        stage = SourcesPageStage.show(new SourcesViewModel(notes), Theme.LIGHT, 100);
        SourceDocument open = stage.model.own().stream().filter(d -> d.file().equals(note.file())).findFirst()
                .orElseThrow();
        SourcesPageStage.fx(() -> {
            stage.model.select(open);
            ReaderText text = stage.model.shownProperty().get().text();
            ReaderText.Line line = text.lines().stream().filter(l -> l.text().contains("2+2")).findFirst().orElseThrow();
            stage.model.selectSpan(text.sentenceAt(line, 10).orElseThrow());
        });
        shootBoth("sources-own-note");
        shoot(Theme.LIGHT, 175, "sources-own-note-175");

        robot.clickOn("#sources-suggest");
        robot.type(KeyCode.DELETE).type(KeyCode.DELETE);
        shootBoth("sources-suggestion");
        shoot(Theme.DARK, 175, "sources-suggestion-175-dark");

        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("India");
        robot.type(KeyCode.ENTER);
        shootBoth("sources-find");

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#sources-edit");
        shoot(Theme.LIGHT, 100, "sources-edit-note-light");
        robot.type(KeyCode.ESCAPE);

        stage.filesToImport = List.of(
                Files.writeString(downloads.resolve("rbi-monetary-policy.md"), "# RBI monetary policy\n\nThe repo rate"
                        + " was kept at 6.5 per cent in 2024.\n"),
                Files.write(downloads.resolve("budget-2024.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1}),
                Files.write(downloads.resolve("old-notes.txt"), "Caf\u00e9 economics".getBytes(
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
        robot.clickOn("#sources-import");
        shoot(Theme.LIGHT, 100, "sources-import-light");
    }

    private void shootBoth(String name) throws Exception {
        shoot(Theme.LIGHT, 100, name + "-light");
        shoot(Theme.DARK, 100, name + "-dark");
    }

    private void shoot(Theme theme, int scale, String name) throws Exception {
        stage.restyle(theme, scale);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.scene, name.toLowerCase(Locale.ROOT));
        stage.restyle(Theme.LIGHT, 100);
    }
}
