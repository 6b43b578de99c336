package org.smriti.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.data.journal.ProgressStore;

/**
 * Every command tried as a new user would, with a missing file, a folder for a file, a file for a folder, a target
 * it cannot write, an empty file and a file of the wrong kind: each says what is wrong in a sentence, exits
 * non-zero and changes nothing. {@code ~} stands for the test's folder.
 */
class BadInputTest {

    @TempDir
    Path root;

    @BeforeEach
    void files() throws IOException {
        try (ProgressStore store = ProgressStore.open(root.resolve("data"), Clock.systemUTC())) {
            store.append(new BookmarkEvent("q1", true, Instant.parse("2026-01-01T00:00:00Z")));
        }
        Files.createDirectories(root.resolve("empty-data"));
        Files.createDirectories(root.resolve("dir.zip"));
        Files.createDirectories(root.resolve("dir.txt"));
        Files.writeString(root.resolve("a-file.txt"), "hello\n");
        Files.writeString(root.resolve("notes.pdf"), "%PDF-1.4\n");
        Files.writeString(root.resolve("deck.txt"), "Q\tA\n");
        Files.createFile(root.resolve("empty.zip"));
        Files.createFile(root.resolve("empty.txt"));
        Files.writeString(root.resolve("not-a-zip.zip"), "just text\n");
        Files.createDirectories(root.resolve("broken"));
        Files.writeString(root.resolve("broken/bad.json"), "{");
        try (OutputStream out = Files.newOutputStream(root.resolve("other.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a backup".getBytes(StandardCharsets.UTF_8));
        }
        Files.copy(root.resolve("other.zip"), root.resolve("package.txt"));
        Files.createDirectories(root.resolve("readonly"));
        Files.setPosixFilePermissions(root.resolve("readonly"), PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void writable() throws IOException {
        Files.setPosixFilePermissions(root.resolve("readonly"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @ParameterizedTest(name = "{0}: smriti {1}")
    @CsvSource(delimiter = '|', value = {
            "missing folder       |validate ~/missing                                 |2|~/missing does not exist.",
            "file for a folder    |validate ~/a-file.txt                              |2|~/a-file.txt is a file, not a folder of packs.",
            "empty folder         |validate ~/empty-data                              |2|~/empty-data has no packs (.json files) to check.",
            "wrong format         |validate ~/broken                                  |1|bad.json: malformed JSON",
            "missing data         |backup ~/out.zip --data-dir ~/missing              |2|~/missing does not exist: there is no Smriti data to back up.",
            "empty data folder    |backup ~/out.zip --data-dir ~/empty-data           |2|~/empty-data has no Smriti data to back up",
            "file for a folder    |backup ~/out.zip --data-dir ~/a-file.txt           |2|~/a-file.txt is a file, not a data folder",
            "folder for a file    |backup ~/dir.zip --data-dir ~/data                 |2|~/dir.zip is a folder; give a file name.",
            "unwritable target    |backup ~/a-file.txt/out.zip --data-dir ~/data      |2|cannot write ~/a-file.txt/out.zip: ~/a-file.txt is a file, not a folder.",
            "read-only target     |backup ~/readonly/out.zip --data-dir ~/data        |2|cannot write ~/readonly/out.zip: permission denied.",
            "existing empty file  |backup ~/empty.zip --data-dir ~/data               |2|~/empty.zip already exists; choose another file name.",
            "wrong format         |backup ~/out.tar --data-dir ~/data                 |2|usage: smriti backup FILE.zip",
            "missing file         |restore ~/missing.zip --data-dir ~/data            |2|~/missing.zip does not exist.",
            "folder for a file    |restore ~/dir.zip --data-dir ~/data                |2|~/dir.zip is a folder, not a file.",
            "file for a folder    |restore ~/other.zip --data-dir ~/a-file.txt        |2|~/a-file.txt is a file, not a data folder",
            "read-only data       |restore ~/other.zip --data-dir ~/readonly          |2|cannot write in ~/readonly: permission denied.",
            "empty file           |restore ~/empty.zip --data-dir ~/data              |2|~/empty.zip is empty.",
            "wrong format         |restore ~/not-a-zip.zip --data-dir ~/data          |2|~/not-a-zip.zip is not a Smriti backup (not a zip file).",
            "a zip, not a backup  |restore ~/other.zip --data-dir ~/data              |1|~/other.zip is not a Smriti backup: it has no journal.jsonl.",
            "missing folder       |export-anki ~/missing/out.txt --data-dir ~/data    |2|cannot write ~/missing/out.txt: the folder ~/missing does not exist.",
            "folder for a file    |export-anki ~/dir.txt --data-dir ~/data            |2|~/dir.txt is a folder; give a file name.",
            "file for a folder    |export-anki ~/out.txt --data-dir ~/a-file.txt      |2|~/a-file.txt is a file, not a data folder",
            "unwritable target    |export-anki ~/a-file.txt/out.txt --data-dir ~/data |2|cannot write ~/a-file.txt/out.txt: ~/a-file.txt is a file, not a folder.",
            "read-only target     |export-anki ~/readonly/out.txt --data-dir ~/data   |2|cannot write ~/readonly/out.txt: permission denied.",
            "wrong format         |export-anki ~/out.csv --data-dir ~/data            |2|usage: smriti export-anki FILE.txt",
            "missing file         |import ~/missing.txt --data-dir ~/data             |2|~/missing.txt does not exist.",
            "folder for a file    |import ~/dir.txt --data-dir ~/data                 |2|~/dir.txt is a folder, not a file.",
            "file for a folder    |import ~/deck.txt --data-dir ~/a-file.txt          |2|~/a-file.txt is a file, not a data folder",
            "read-only data       |import ~/deck.txt --data-dir ~/readonly            |2|cannot write in ~/readonly: permission denied.",
            "empty file           |import ~/empty.txt --data-dir ~/data               |2|~/empty.txt is empty.",
            "wrong format         |import ~/notes.pdf --data-dir ~/data               |2|~/notes.pdf is not a file Smriti imports",
            "an Anki package      |import ~/package.txt --data-dir ~/data             |1|package.txt: is a zip file (an Anki package, .apkg or .colpkg?), not text",
            "missing file         |suggest ~/missing.md                               |2|~/missing.md does not exist.",
            "folder for a file    |suggest ~/dir.txt                                  |2|~/dir.txt is a folder, not a file.",
            "empty file           |suggest ~/empty.txt                                |2|~/empty.txt is empty.",
            "wrong format         |suggest ~/other.zip                                |2|other.zip is not a text file (it holds binary data)",
            "missing file         |optimize --csv ~/missing.csv                       |2|~/missing.csv does not exist.",
            "folder for a file    |optimize --csv ~/dir.txt                           |2|~/dir.txt is a folder, not a file.",
            "empty file           |optimize --csv ~/empty.txt                         |2|~/empty.txt is empty.",
            "wrong format         |optimize --csv ~/notes.pdf                         |2|notes.pdf: not a review log in py-fsrs's CSV format",
            "binary file          |optimize --csv ~/other.zip                         |2|other.zip: not a CSV file (not UTF-8 text)",
            "missing data         |optimize --data-dir ~/missing                      |2|~/missing does not exist: there are no reviews to learn from.",
            "file for a folder    |optimize --data-dir ~/a-file.txt                   |2|~/a-file.txt is a file, not a data folder"})
    void saysWhatIsWrongExitsNonZeroAndChangesNothing(String input, String command, int exit, String message)
            throws IOException {
        if (command.contains("~/readonly")) {
            assumeTrue(!Files.isWritable(root.resolve("readonly")), "as root a read-only folder can be written");
        }
        Map<String, String> before = tree();
        CliConsole console = new CliConsole();
        String[] args = Arrays.stream(command.strip().split(" +")).map(this::path).toArray(String[]::new);

        int code = console.run(args);

        String said = console.out() + console.err();
        assertThat(code).as(said).isEqualTo(exit);
        assertThat(said).contains(path(message)).doesNotContain("Exception", ".tmp");
        assertThat(tree()).as("nothing changed").isEqualTo(before);
    }

    private String path(String s) {
        return s.replace("~", root.toString());
    }

    /** Every file and folder under the test's folder, with its content. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                tree.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder"
                        : Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return tree;
    }
}
