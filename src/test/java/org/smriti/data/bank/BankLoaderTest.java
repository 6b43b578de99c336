package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.bank.TestPacks.cardPack;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;

class BankLoaderTest {

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyFolderLoadsAnEmptyBank() throws IOException {
        Files.createDirectories(dir.resolve("packs"));
        Files.createDirectories(dir.resolve("seeds"));

        LoadedBank loaded = BankLoader.loadDirectory(dir.resolve("packs"), dir.resolve("seeds"));

        assertThat(loaded.bank().isEmpty()).isTrue();
        assertThat(loaded.allValid()).isTrue();
    }

    @Test
    void loadsEveryJsonFileOfAFolderInNameOrderAndIgnoresOtherFiles() throws IOException {
        write(dir.resolve("seeds/doc.txt"), TestPacks.DOC.text());
        write(dir.resolve("packs/b.json"), cardPack("b-card"));
        write(dir.resolve("packs/a.json"), cardPack("a-card"));
        write(dir.resolve("packs/notes.md"), "not a pack");

        LoadedBank loaded = BankLoader.loadDirectory(dir.resolve("packs"), dir.resolve("seeds"));

        assertThat(loaded.bank().questions()).extracting(Question::id).containsExactly("a-card", "b-card");
    }

    @Test
    void documentsGetTheirTitleFromTheCatalogOrElseTheirFileName() throws IOException {
        write(dir.resolve("seeds/000_2b59ad7f4d9ca176.txt"), "JIMEX (naval)");
        write(dir.resolve("seeds/zzz.txt"), "other");
        Files.createDirectories(dir.resolve("packs"));

        LoadedBank loaded = BankLoader.loadDirectory(dir.resolve("packs"), dir.resolve("seeds"));

        assertThat(loaded.documents()).extracting(SourceDocument::title)
                .containsExactly("Bilateral Security and Defence Cooperation: Indo-Japan", "zzz.txt");
        assertThat(loaded.document("000_2b59ad7f4d9ca176.txt").orElseThrow().credit()).contains("Drishti IAS");
    }

    @Test
    void theAppAddsUserPacksFromThePacksFolderOfTheDataDirectory() throws IOException {
        String seedQuote = """
                {"format": 1, "pack": "mine", "title": "Mine", "questions": [
                  {"id": "user-jimex-card", "type": "flashcard", "prompt": "JIMEX?", "answer": "Navy.",
                   "explanation": "E.", "topics": ["defence"], "difficulty": 1,
                   "source": {"doc": "000_2b59ad7f4d9ca176.txt", "quote": "JIMEX (naval)"}}]}
                """;
        write(dir.resolve("packs/mine.json"), seedQuote);
        write(dir.resolve("packs/broken.json"), "{");

        LoadedBank loaded = BankLoader.loadApp(dir);

        assertThat(loaded.bank().byId("user-jimex-card")).isPresent();
        assertThat(loaded.refused()).extracting(RefusedPack::file).containsExactly("packs/broken.json");
        assertThat(loaded.documents()).hasSize(5);
    }

    @Test
    void theAppStartsWithoutAPacksFolder() throws IOException {
        LoadedBank loaded = BankLoader.loadApp(dir);

        assertThat(loaded.allValid()).isTrue();
        assertThat(loaded.documents()).hasSize(5);
    }

    @Test
    void bundledPacksAndSeedsAreFoundInsideAJar() throws IOException {
        Path jar = dir.resolve("smriti.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries first, as the Maven jar plugin writes them.
            putDirectory(out, "question-bank/");
            put(out, "question-bank/b.json", cardPack("jar-b"));
            put(out, "question-bank/a.json", cardPack("jar-a"));
            put(out, "question-bank/readme.txt", "not a pack");
            putDirectory(out, "seeds/");
            put(out, "seeds/doc.txt", TestPacks.DOC.text());
        }

        LoadedBank loaded;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            loaded = BankLoader.loadBundled(loader);
        }

        assertThat(loaded.bank().questions()).extracting(Question::id).containsExactly("jar-a", "jar-b");
        assertThat(loaded.documents()).extracting(SourceDocument::file).containsExactly("doc.txt");
    }

    @Test
    void bundledPacksAreFoundInAClassesDirectory() throws IOException {
        write(dir.resolve("classes/question-bank/a.json"), cardPack("dir-a"));
        write(dir.resolve("classes/seeds/doc.txt"), TestPacks.DOC.text());

        LoadedBank loaded;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            loaded = BankLoader.loadBundled(loader);
        }

        assertThat(loaded.bank().questions()).extracting(Question::id).containsExactly("dir-a");
    }

    private static void putDirectory(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
