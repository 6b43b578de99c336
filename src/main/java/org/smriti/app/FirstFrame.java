package org.smriti.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the start-up benchmark reads at the first frame, measured the same way for Smriti and for the bare
 * JavaFX window it is compared with ({@code bench/startup.sh}).
 */
public final class FirstFrame {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");
    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    /** Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture it runs on today. */
    private static final int TICKS_PER_SECOND = 100;

    private FirstFrame() {
    }

    /** Milliseconds since the JVM started: the time the aspirant waited for the window. */
    public static long millisSinceJvmStart() {
        // The JVM's own start time: ProcessHandle's start instant comes from /proc in clock ticks and drifts.
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * {@code first frame: rss N kB, N classes loaded, cpu N ms}: the resident size and the CPU time of all
     * threads so far (which, unlike the wall time, another busy process on the machine barely changes), both only
     * where /proc has them (Linux).
     */
    public static String figures() {
        return "first frame: rss " + residentKilobytes().map(String::valueOf).orElse("?") + " kB, "
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " classes loaded, cpu "
                + cpuMillis().map(String::valueOf).orElse("?") + " ms";
    }

    private static Optional<Long> residentKilobytes() {
        try {
            return Files.readAllLines(PROC_STATUS).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    private static Optional<Long> cpuMillis() {
        try {
            String stat = Files.readString(PROC_STAT);
            // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
