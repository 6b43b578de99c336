package org.smriti.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The source of Smriti's icon: a white review cycle (an open ring with an arrow head) around a saffron point
 * of memory, on an indigo rounded square. Drawn with Java2D from the JDK alone, so it runs as a single file:
 *
 * <pre>java src/test/java/org/smriti/app/AppIconGenerator.java</pre>
 *
 * from the repository root. It writes the window icons ({@code src/main/resources/org/smriti/app/icon/}) and
 * the installer icons ({@code src/package/icons/}: {@code .ico} for Windows, {@code .icns} for macOS; Linux
 * uses the 256 px PNG). {@code AppIconTest} checks the committed PNGs are what this class draws.
 */
public final class AppIconGenerator {

    /** The window icon sizes; the platform picks the nearest for title bars, task bars and switchers. */
    public static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final int[] ICNS_SIZES = {16, 32, 64, 128, 256, 512, 1024};
    private static final String[] ICNS_TYPES = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};

    private static final Color INDIGO = new Color(0x2E, 0x3A, 0x87);
    private static final Color WHITE = new Color(0xFF, 0xFF, 0xFF);
    private static final Color SAFFRON = new Color(0xFF, 0x99, 0x33);

    private AppIconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path windowIcons = root.resolve("src/main/resources/org/smriti/app/icon");
        Path installerIcons = root.resolve("src/package/icons");
        Files.createDirectories(windowIcons);
        Files.createDirectories(installerIcons);
        List<byte[]> icoImages = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            byte[] png = png(draw(size));
            Files.write(windowIcons.resolve(fileName(size)), png);
            icoImages.add(png);
        }
        Files.write(installerIcons.resolve("smriti.ico"), ico(WINDOW_SIZES, icoImages));
        List<byte[]> icnsImages = new ArrayList<>();
        for (int size : ICNS_SIZES) {
            icnsImages.add(png(draw(size)));
        }
        Files.write(installerIcons.resolve("smriti.icns"), icns(icnsImages));
    }

    public static String fileName(int size) {
        return "smriti-" + size + ".png";
    }

    /** Draws the icon at {@code size}×{@code size} pixels on a transparent background. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size, size);
            // Small icons fill their square: every pixel counts at 16 and 24 px; large ones keep a margin.
            double inset = size >= 48 ? 0.04 : 0;
            double side = 1 - 2 * inset;
            g.setColor(INDIGO);
            g.fill(new RoundRectangle2D.Double(inset, inset, side, side, 0.44 * side, 0.44 * side));

            double radius = 0.28;
            double stroke = 0.11;
            double start = 70; // degrees, counter-clockwise from 3 o'clock; the gap sits at the top right
            double extent = 280;
            g.setColor(WHITE);
            g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Arc2D.Double(0.5 - radius, 0.5 - radius, 2 * radius, 2 * radius, start, extent, Arc2D.OPEN));
            g.fill(arrowHead(radius, stroke, Math.toRadians(start + extent)));

            double dot = 0.12;
            g.setColor(SAFFRON);
            g.fill(new Ellipse2D.Double(0.5 - dot, 0.5 - dot, 2 * dot, 2 * dot));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A triangle at the arc's end, pointing along the direction the ring turns (counter-clockwise). */
    private static Path2D arrowHead(double radius, double stroke, double endAngle) {
        // Java2D arcs run counter-clockwise on screen with y pointing down, hence the minus on sin.
        double cx = 0.5 + radius * Math.cos(endAngle);
        double cy = 0.5 - radius * Math.sin(endAngle);
        double outX = Math.cos(endAngle);
        double outY = -Math.sin(endAngle);
        double tangentX = -Math.sin(endAngle);
        double tangentY = -Math.cos(endAngle);
        double half = stroke * 1.1;
        double length = stroke * 1.5;
        Path2D head = new Path2D.Double();
        head.moveTo(cx + outX * half, cy + outY * half);
        head.lineTo(cx - outX * half, cy - outY * half);
        head.lineTo(cx + tangentX * length, cy + tangentY * length);
        head.closePath();
        return head;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO file of PNG images (understood since Windows Vista): a directory, then the images. */
    private static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int headerBytes = 6 + 16 * sizes.length;
        int total = headerBytes + pngs.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerBytes;
        for (int i = 0; i < sizes.length; i++) {
            byte side = (byte) (sizes[i] >= 256 ? 0 : sizes[i]); // 0 stands for 256
            b.put(side).put(side).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32);
            b.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        return b.array();
    }

    /** An ICNS file of PNG images: a header, then one typed, length-prefixed chunk per size (big-endian). */
    private static byte[] icns(List<byte[]> pngs) {
        int total = 8 + pngs.stream().mapToInt(p -> 8 + p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < pngs.size(); i++) {
            b.put(ICNS_TYPES[i].getBytes(StandardCharsets.US_ASCII));
            b.putInt(8 + pngs.get(i).length).put(pngs.get(i));
        }
        return b.array();
    }
}
