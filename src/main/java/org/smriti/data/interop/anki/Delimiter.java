package org.smriti.data.interop.anki;

import java.util.Locale;
import java.util.Optional;

/**
 * The field separators Anki's text import knows, in its order (proto {@code CsvMetadata.Delimiter}), which is also
 * the order it tries them in when a file does not say ({@code delimiter_from_reader} in
 * rslib/src/import_export/text/csv/metadata.rs).
 */
enum Delimiter {
    TAB('\t'),
    PIPE('|'),
    SEMICOLON(';'),
    COLON(':'),
    COMMA(','),
    SPACE(' ');

    /** How much of the data the guess looks at, as Anki's one 8 KiB read. */
    static final int GUESS_WINDOW = 8 * 1024;

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    char character() {
        return character;
    }

    /** The name a {@code #separator:} header may use, matched case-insensitively: {@code tab}, {@code comma}, … */
    String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The separator a {@code #separator:} value names: a name, or the character itself
     * ({@code delimiter_from_value}: lower-cased, then equal to a name once trimmed, or exactly the one byte).
     */
    static Optional<Delimiter> fromHeader(String value) {
        String normed = value.toLowerCase(Locale.ROOT);
        for (Delimiter d : values()) {
            if (normed.strip().equals(d.headerName()) || normed.equals(String.valueOf(d.character))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Anki's guess for a file without {@code #separator:}: the first of its order found in the first 8 KiB (of
     * UTF-8) from {@code dataStart}, the end of the header lines; else space.
     */
    static Delimiter guess(String text, int dataStart) {
        int end = dataStart;
        for (int bytes = 0; end < text.length() && bytes < GUESS_WINDOW; end++) {
            char c = text.charAt(end);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        String sample = text.substring(dataStart, end);
        for (Delimiter d : values()) {
            if (sample.indexOf(d.character) >= 0) {
                return d;
            }
        }
        return SPACE;
    }
}
