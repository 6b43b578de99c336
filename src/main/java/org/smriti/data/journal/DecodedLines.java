package org.smriti.data.journal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The decode step of opening a journal: the lines after byte {@code start}, each found, checked and decoded. That
 * is the costly part of a full replay, so it runs in parallel chunks of whole lines; the lines come out in order.
 */
final class DecodedLines {

    private final byte[] bytes;
    private final int start;
    /** The start offset of each line, plus one past the newline of the last line. */
    private final int[] bounds;
    private final LineVerdict[] verdicts;
    private int linesBeforeStart = -1;

    private DecodedLines(byte[] bytes, int start, int[] bounds, LineVerdict[] verdicts) {
        this.bytes = bytes;
        this.start = start;
        this.bounds = bounds;
        this.verdicts = verdicts;
    }

    static DecodedLines decode(byte[] bytes, int start, EventCodec codec) {
        int[] chunkStart = chunks(bytes, start);
        int chunks = chunkStart.length - 1;
        int[][] chunkBounds = new int[chunks][];
        LineVerdict[][] chunkVerdicts = new LineVerdict[chunks][];
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int[] b = lineBounds(bytes, chunkStart[k], chunkStart[k + 1]);
            LineVerdict[] v = new LineVerdict[b.length - 1];
            for (int i = 0; i < v.length; i++) {
                v[i] = LineVerdict.of(bytes, b[i], b[i + 1] - 1, codec);
            }
            chunkBounds[k] = b;
            chunkVerdicts[k] = v;
        });
        int lines = 0;
        for (LineVerdict[] v : chunkVerdicts) {
            lines += v.length;
        }
        int[] bounds = new int[lines + 1];
        LineVerdict[] verdicts = new LineVerdict[lines];
        int at = 0;
        for (int k = 0; k < chunks; k++) {
            System.arraycopy(chunkBounds[k], 0, bounds, at, chunkVerdicts[k].length);
            System.arraycopy(chunkVerdicts[k], 0, verdicts, at, chunkVerdicts[k].length);
            at += chunkVerdicts[k].length;
        }
        bounds[lines] = chunkBounds[chunks - 1][chunkVerdicts[chunks - 1].length]; // the end of the last line
        return new DecodedLines(bytes, start, bounds, verdicts);
    }

    int count() {
        return verdicts.length;
    }

    LineVerdict verdict(int i) {
        return verdicts[i];
    }

    /** The offset of the {@code i}-th line's first byte. */
    int from(int i) {
        return bounds[i];
    }

    /** The offset of the {@code i}-th line's newline, or the journal's length if it has none. */
    int newline(int i) {
        return bounds[i + 1] - 1;
    }

    /** Whether the {@code i}-th line ends with its newline (only the last line may not). */
    boolean complete(int i) {
        return newline(i) < bytes.length;
    }

    /** The 1-based line number in the file of the {@code i}-th line. */
    int lineNumber(int i) {
        if (linesBeforeStart < 0) {
            linesBeforeStart = 0;
            for (int b = 0; b < start; b++) {
                if (bytes[b] == '\n') {
                    linesBeforeStart++;
                }
            }
        }
        return linesBeforeStart + i + 1;
    }

    /**
     * Splits {@code bytes[start, length)} into chunks of whole lines for parallel decoding: the start of each
     * chunk, plus the end. A chunk is at least 64 KiB so that a small journal is not split at all.
     */
    private static int[] chunks(byte[] bytes, int start) {
        int length = bytes.length - start;
        int chunks = Math.max(1, Math.min(64, length / (64 * 1024)));
        int[] chunkStart = new int[chunks + 1];
        chunkStart[0] = start;
        for (int k = 1; k < chunks; k++) {
            int near = start + (int) ((long) length * k / chunks);
            chunkStart[k] = Math.min(bytes.length,
                    JournalLines.lineEnd(bytes, Math.max(near, chunkStart[k - 1])) + 1);
        }
        chunkStart[chunks] = bytes.length;
        return chunkStart;
    }

    /** Start offsets of the lines in {@code bytes[from, to)}, plus one past the end of the last line. */
    private static int[] lineBounds(byte[] bytes, int from, int to) {
        int[] bounds = new int[1024];
        int n = 0;
        int pos = from;
        while (pos < to) {
            if (n == bounds.length - 1) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[n++] = pos;
            pos = JournalLines.lineEnd(bytes, pos) + 1;
        }
        bounds[n] = pos;
        return Arrays.copyOf(bounds, n + 1);
    }
}
