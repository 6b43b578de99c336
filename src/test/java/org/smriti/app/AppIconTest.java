package org.smriti.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppIconTest {

    /** Anti-aliasing may differ by a shade between JDK builds; a changed drawing differs by far more. */
    private static final int CHANNEL_TOLERANCE = 24;
    private static final Path INSTALLER_ICONS = Path.of("src/package/icons");

    @Test
    void windowLoadsEverySizeTheGeneratorDraws() {
        assertThat(AppIcon.SIZES).containsExactlyElementsOf(
                Arrays.stream(AppIconGenerator.WINDOW_SIZES).boxed().collect(Collectors.toList()));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256})
    void committedWindowIconIsWhatTheGeneratorDraws(int size) throws IOException {
        BufferedImage committed;
        try (InputStream in = AppIcon.class.getResourceAsStream("icon/" + AppIconGenerator.fileName(size))) {
            assertThat(in).as("icon resource for %d px", size).isNotNull();
            committed = ImageIO.read(in);
        }
        BufferedImage drawn = AppIconGenerator.draw(size);
        assertThat(committed.getWidth()).isEqualTo(size);
        assertThat(committed.getHeight()).isEqualTo(size);
        assertThat(largestChannelDifference(committed, drawn)).isLessThanOrEqualTo(CHANNEL_TOLERANCE);
    }

    @Test
    void windowsIconHoldsEveryWindowSize() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(INSTALLER_ICONS.resolve("smriti.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).as("ICO type").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int side = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(side == 0 ? 256 : side);
        }
        assertThat(sizes).containsExactlyElementsOf(AppIcon.SIZES);
    }

    @Test
    void macIconIsAWellFormedIcnsUpTo1024Pixels() throws IOException {
        byte[] bytes = Files.readAllBytes(INSTALLER_ICONS.resolve("smriti.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at < bytes.length) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
            at += icns.getInt(at + 4);
        }
        assertThat(at).as("chunks end exactly at the end of the file").isEqualTo(bytes.length);
        assertThat(types).containsExactly("icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10");
    }

    private static int largestChannelDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
                }
            }
        }
        return largest;
    }
}
