package org.smriti.ui.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, phase process-classes): compiles every {@code .css} under the build's output folder to
 * JavaFX's binary form, a {@code .bss} beside it. JavaFX loads the {@code .bss} in place of a {@code .css} it is
 * asked for when there is one, so the code keeps naming the {@code .css} files and a start skips parsing them.
 */
public final class StylesheetCompiler {

    private StylesheetCompiler() {
    }

    public static void main(String[] args) throws IOException {
        for (Path css : stylesheets(Path.of(args[0]))) {
            String name = css.getFileName().toString();
            Stylesheet.convertToBinary(css.toFile(),
                    css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile());
        }
    }

    static List<Path> stylesheets(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".css") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }
}
