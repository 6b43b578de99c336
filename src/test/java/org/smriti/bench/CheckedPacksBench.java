package org.smriti.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.smriti.data.bank.BankLoader;

/**
 * What closing the data folder costs when the own cards changed in the session: the packs validated in full again
 * and their checked form written ({@code BankLoader.refreshCheckedPacks}), on the folder of
 * {@code bench/startup.sh --own-cards} (200 notes, 2,000 own cards). The first close in a fresh JVM, then closes
 * after each of 9 more changes (the app's JIT is warm by the time it closes). A harness, not JMH: it prints CPU and
 * wall milliseconds of each close.
 *
 * <pre>mvn -q test-compile && mvn exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.smriti.bench.CheckedPacksBench"</pre>
 */
public final class CheckedPacksBench {

    private CheckedPacksBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("smriti-checked-packs");
        OwnContentFixture.write(dir, 200, 2000);
        Path pack = dir.resolve("packs/my-cards.json");
        String json = Files.readString(pack, StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[10];
        long[] wall = new long[10];
        for (int i = 0; i < cpu.length; i++) {
            Files.writeString(pack, json + " ".repeat(i), StandardCharsets.UTF_8); // other bytes, the same cards
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            BankLoader.refreshCheckedPacks(dir);
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            wall[i] = (System.nanoTime() - w0) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warm);
        System.out.printf("close after a change: first in a fresh JVM %d ms CPU (%d ms wall); then median %d ms CPU"
                + " (each: %s ms CPU, %s ms wall)%n", cpu[0], wall[0], warm[warm.length / 2],
                Arrays.toString(Arrays.copyOfRange(cpu, 1, cpu.length)),
                Arrays.toString(Arrays.copyOfRange(wall, 1, wall.length)));
        System.out.println("checked packs: " + Files.size(dir.resolve("checked-packs.bin")) / 1024 + " KB, own cards "
                + Files.size(pack) / 1024 + " KB");
    }
}
