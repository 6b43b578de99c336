package org.smriti.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    @Test
    void theArchiveIsTheLastOneTheLauncherNames() {
        assertThat(ClassArchive.configured(List.of("-Xmx1g", "-XX:SharedArchiveFile=/a/old.jsa",
                "-Djpackage.app-version=0.1.0", "-XX:SharedArchiveFile=/opt/smriti/lib/app/smriti.jsa")))
                .contains(Path.of("/opt/smriti/lib/app/smriti.jsa"));
    }

    @Test
    void aJvmStartedWithoutAnArchiveHasNone() {
        assertThat(ClassArchive.configured(List.of("-Xmx1g", "-XX:SharedArchiveFile="))).isEmpty();
    }

    @Test
    void anArchiveIsRewrittenOnlyWhenNothingIsSharedItsClassListIsThereAndItsFolderIsWritable() throws IOException {
        ClassArchive archive = new ClassArchive(dir.resolve("smriti.jsa"), JAVA, "app.jar");
        assertThat(archive.unusable(false)).as("no class list").isFalse();

        Files.writeString(dir.resolve(ClassArchive.CLASS_LIST), "java/lang/Object\n");

        assertThat(archive.unusable(false)).isTrue();
        assertThat(archive.unusable(true)).as("the archive is in use").isFalse();
    }

    @Test
    void theWrittenArchiveIsOneTheJvmMapsForThatClassPath() throws Exception {
        String classPath = jarOf(Gson.class).toString();
        Files.writeString(dir.resolve(ClassArchive.CLASS_LIST), "java/lang/Object\ncom/google/gson/Gson\n");
        ClassArchive archive = new ClassArchive(dir.resolve("smriti.jsa"), JAVA, classPath);

        assertThat(archive.write()).isEmpty();

        // -Xshare:on refuses to start unless the archive maps for this class path.
        Process check = new ProcessBuilder(JAVA.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive.archive(),
                "-cp", classPath, "-version").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(dir.resolve("smriti.jsa.part")).doesNotExist();
    }

    @Test
    void withoutItsClassListNothingIsWrittenAndTheReasonIsGiven() throws Exception {
        ClassArchive archive = new ClassArchive(dir.resolve("smriti.jsa"), JAVA, "app.jar");

        assertThat(archive.write()).hasValueSatisfying(reason -> assertThat(reason).contains("smriti.classlist"));
        assertThat(dir.resolve("smriti.jsa")).doesNotExist();
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
