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

    private FirstFrame() {
    }

    /** Milliseconds since the JVM started: the time the aspirant waited for the window. */
    public static long millisSinceJvmStart() {
        // The JVM's own start time: ProcessHandle's start instant comes from /proc in clock ticks and drifts.
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** {@code first frame: rss N kB, N classes loaded}; the resident size only where /proc has it (Linux). */
    public static String figures() {
        return "first frame: rss " + residentKilobytes().map(String::valueOf).orElse("?") + " kB, "
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " classes loaded";
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
}
