package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.data.DataDirLockedException;

/**
 * Kills a JVM that is appending reviews with SIGKILL ({@link Process#destroyForcibly} on Linux) at random
 * moments, sometimes during start-up recovery, and checks after each kill that the journal opens cleanly and
 * holds every review the child acknowledged. Also checks that a second process cannot open a locked folder.
 */
class CrashTest {

    private static final int TRIALS = 20;

    @TempDir
    Path dir;
    @TempDir
    Path work;

    @Test
    void everyAcknowledgedReviewSurvivesSigkill() throws Exception {
        Random random = new Random(20261124);
        Set<Long> acked = new HashSet<>();
        int killedAfterAcks = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            // stdout goes to a file: destroyForcibly closes the pipe, losing acks the parent had not read yet.
            Path acks = Files.createTempFile(work, "acks-" + trial, ".txt");
            Process child = start(trial * 1_000_000L, acks);
            if (trial % 4 == 3) {
                Thread.sleep(random.nextInt(600)); // possibly while it is still opening and recovering
            } else {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!Files.readString(acks).contains("ack ")) {
                    assertThat(child.isAlive()).as("child alive in trial " + trial).isTrue();
                    assertThat(System.nanoTime()).as("first ack in trial " + trial).isLessThan(deadline);
                    Thread.sleep(5);
                }
                if (trial == 0) {
                    assertThatThrownBy(() -> ProgressStore.open(dir, Clock.systemUTC()))
                            .as("a second process is refused while the child holds the folder")
                            .isInstanceOf(DataDirLockedException.class);
                }
                Thread.sleep(random.nextInt(150));
                killedAfterAcks++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (String line : Files.readAllLines(acks)) {
                if (line.startsWith("ack ")) {
                    acked.add(Long.parseLong(line.substring(4)));
                }
            }
            assertEveryAckedReviewIsPresent(acked, trial);
        }
        assertThat(killedAfterAcks).isGreaterThanOrEqualTo(15);
        assertThat(acked).hasSizeGreaterThan(TRIALS);
        System.out.println("crash test: " + TRIALS + " SIGKILLs, " + acked.size()
                + " acknowledged reviews, all present after each");
    }

    @Test
    void aRefusedSecondOpenInTheSameJvmDoesNotReleaseTheLock() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            assertThatThrownBy(() -> ProgressStore.open(dir, Clock.systemUTC()))
                    .isInstanceOf(DataDirLockedException.class);
            Path out = Files.createTempFile(work, "probe", ".txt");
            Process probe = start("probe", out);
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(Files.readString(out)).startsWith("locked: ").contains(dir.toString());
        }
    }

    private Process start(long firstIndex, Path stdout) throws IOException {
        return start(Long.toString(firstIndex), stdout);
    }

    private Process start(String mode, Path stdout) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString(),
                mode)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private void assertEveryAckedReviewIsPresent(Set<Long> acked, int trial) throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            OpenReport report = store.openReport();
            assertThat(report.damagedLines()).as("damaged lines after trial " + trial).isZero();
            assertThat(report.unreadableEvents()).as("unreadable events after trial " + trial).isZero();
            Set<Long> present = new HashSet<>();
            for (CardProgress p : store.state().cards().values()) {
                List<ReviewRecord> history = p.history();
                history.forEach(r -> present.add(r.durationMillis()));
            }
            assertThat(present).as("reviews present after trial " + trial).containsAll(acked);
        }
    }
}
