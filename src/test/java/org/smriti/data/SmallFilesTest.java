package org.smriti.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallFilesTest {

    @TempDir
    Path dir;

    @Test
    void namesAreTheAcceptedRegularFilesSortedWithoutFolders() throws IOException {
        Files.writeString(dir.resolve("b.md"), "b");
        Files.writeString(dir.resolve("a.md"), "a");
        Files.writeString(dir.resolve("c.txt"), "c");
        Files.createDirectories(dir.resolve("d.md"));

        assertThat(SmallFiles.names(dir, name -> name.endsWith(".md"))).containsExactly("a.md", "b.md");
    }

    @Test
    void listingAMissingFolderOrAFileSaysWhich() throws IOException {
        Path file = Files.writeString(dir.resolve("note.md"), "text");

        assertThatThrownBy(() -> SmallFiles.names(dir.resolve("missing"), name -> true))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> SmallFiles.names(file, name -> true))
                .isInstanceOf(NotDirectoryException.class).hasMessageContaining("note.md");
    }

    @Test
    void readGivesTheWholeFile() throws IOException {
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Files.write(dir.resolve("big.bin"), bytes);
        Files.write(dir.resolve("empty.bin"), new byte[0]);

        assertThat(SmallFiles.read(dir.resolve("big.bin"))).isEqualTo(bytes);
        assertThat(SmallFiles.read(dir.resolve("empty.bin"))).isEmpty();
    }

    @Test
    void readingAMissingFileOrAFolderSaysWhich() {
        assertThatThrownBy(() -> SmallFiles.read(dir.resolve("gone.md")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("gone.md");
        assertThatThrownBy(() -> SmallFiles.read(dir))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("not a regular file");
    }
}
