package org.smriti.data.interop.anki;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.smriti.data.interop.AnkiExport;

/**
 * How Anki's text import reads a file: the header lines, the separator and HTML guesses, the columns, and which
 * column becomes which field, tag, deck, note type or GUID. Follows {@code get_reader_metadata} and the functions
 * it calls in rslib/src/import_export/text/csv/metadata.rs, and {@code ColumnContext} in
 * rslib/src/import_export/text/csv/import.rs, in order:
 *
 * <ol>
 *   <li>Header lines: the first line may be {@code tags:…} (old style) or start with {@code #}; every following
 *       line that starts with {@code #} is one too. {@code #key:value} is split at the first colon; keys are
 *       trimmed and case-insensitive. Except for {@code #tags:}, {@code #columns:}, {@code #notetype:} and
 *       {@code #deck:}, a value is cut at the first character after its first that is not an ASCII letter or
 *       digit ({@code #separator:Pipe,,,} is {@code Pipe}, {@code #guid column:8   } is {@code 8}). Unknown keys
 *       and values are ignored; a later line overrides an earlier one.</li>
 *   <li>No {@code #separator:} → the first of tab, pipe, semicolon, colon, comma found in the first 8 KiB after
 *       the header, else space. {@code #columns:} is split with the separator known at that line.</li>
 *   <li>No {@code #html:} → HTML if any field of the first five records looks like HTML (has a tag or comment).</li>
 *   <li>The column count is that of {@code #columns:}, else of the first record.</li>
 *   <li>With one note type for the file, its fields are mapped by column name when {@code #columns:} names them
 *       ({@code Front}, {@code Back}, …; the first field falls back to column 1), else in order to the columns
 *       that are not the deck, note type, tags or GUID column; without {@code #tags column:}, the first free
 *       column after the last field holds the tags. With {@code #notetype column:}, every other free column is a
 *       field, in order.</li>
 * </ol>
 */
final class AnkiMetadata {

    /** Anki's {@code is_html}: a comment, style or script element, or any tag. */
    private static final Pattern HTML = Pattern.compile(
            "(?si)(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)");
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final int PREVIEW_LENGTH = 5;

    // Anki's defaults (CsvMetadata::default, proto enums' zero values): tab, not HTML, no columns.
    private Delimiter delimiter = Delimiter.TAB;
    private boolean delimiterForced;
    private boolean html;
    private boolean htmlForced;
    private List<String> globalTags = List.of();
    private List<String> columnLabels = List.of();
    private String globalNotetype = "";
    private int notetypeColumn;
    private String globalDeck = "";
    private int deckColumn;
    private int tagsColumn;
    private int guidColumn;
    private String ignoredSeparator;
    /** With one note type for the file: the column of each field, 1-based, 0 for none. */
    private int[] fieldColumns;
    private int smritiColumn;
    private List<Records.Record> records = List.of();

    private AnkiMetadata() {
    }

    /** @param text the whole file, without a byte order mark */
    static AnkiMetadata read(String text) {
        AnkiMetadata m = new AnkiMetadata();
        int dataStart = m.readHeaderLines(text);
        if (!m.delimiterForced) {
            m.delimiter = Delimiter.guess(text, dataStart);
        }
        m.records = m.split(text);
        List<Records.Record> preview = m.records.stream().limit(PREVIEW_LENGTH).toList();
        if (!m.htmlForced) {
            m.html = preview.stream().flatMap(r -> r.fields().stream()).anyMatch(f -> HTML.matcher(f).find());
        }
        if (m.columnLabels.isEmpty()) {
            m.columnLabels = preview.isEmpty() ? List.of()
                    : new ArrayList<>(Collections.nCopies(preview.get(0).fields().size(), ""));
        }
        m.mapColumns();
        return m;
    }

    /** The data records: the file without its header lines and any old-style {@code tags:} line. */
    List<Records.Record> records() {
        return records;
    }

    private List<Records.Record> split(String text) {
        int firstLine = 1;
        int start = 0;
        if (text.startsWith("tags:")) { // remove_tags_line_from_reader
            int end = text.indexOf('\n');
            start = end < 0 ? text.length() : end + 1;
            firstLine = 2;
        }
        return Records.split(text.substring(start), delimiter.character(), firstLine);
    }

    Delimiter delimiter() {
        return delimiter;
    }

    boolean html() {
        return html;
    }

    List<String> globalTags() {
        return globalTags;
    }

    List<String> columnLabels() {
        return columnLabels;
    }

    /** With one note type for the file, the column of each of its fields (1-based, 0 for none); else empty. */
    List<Integer> fieldColumns() {
        return notetypeColumn > 0 ? List.of() : Arrays.stream(fieldColumns).boxed().toList();
    }

    int tagsColumn() {
        return tagsColumn;
    }

    int guidColumn() {
        return guidColumn;
    }

    /** A {@code #separator:} value Anki does not know (it then guesses), or {@code null}. */
    String ignoredSeparator() {
        return ignoredSeparator;
    }

    /** The note a record gives: {@code foreign_note_from_record}. */
    AnkiNote note(Records.Record r) {
        String notetype = notetypeColumn > 0 ? nonNull(r.column(notetypeColumn)) : globalNotetype;
        List<String> fields = new ArrayList<>();
        if (notetypeColumn == 0) {
            for (int column : fieldColumns) {
                fields.add(column > 0 ? r.column(column) : null);
            }
        } else {
            Set<Integer> meta = metaColumns();
            for (int i = 1; i <= r.fields().size(); i++) {
                if (!meta.contains(i) && i != smritiColumn) {
                    fields.add(r.column(i));
                }
            }
        }
        String tagText = tagsColumn > 0 ? r.column(tagsColumn) : null;
        List<String> tags = tagText == null ? null : splitTags(tagText);
        String deck = deckColumn > 0 ? nonNull(r.column(deckColumn)) : globalDeck;
        String guid = guidColumn > 0 ? nonNull(r.column(guidColumn)) : "";
        String smriti = smritiColumn > 0 ? r.column(smritiColumn) : null;
        return new AnkiNote(r.line(), notetype, fields, tags, deck, guid, smriti, r.unclosedQuote());
    }

    /** Anki's {@code collect_tags}: split at white space. */
    static List<String> splitTags(String text) {
        return Arrays.stream(WHITESPACE.split(text)).filter(t -> !t.isEmpty()).toList();
    }

    /** Reads the header lines ({@code parse_meta_lines}); returns where the data starts. */
    private int readHeaderLines(String text) {
        int at = 0;
        String line = lineAt(text, at);
        boolean header;
        if (line.startsWith("tags:")) {
            globalTags = splitTags(line.substring("tags:".length()));
            header = true;
        } else {
            header = readLine(line);
        }
        while (header) {
            at += line.length();
            line = lineAt(text, at);
            header = readLine(line);
        }
        return at;
    }

    /** The line starting at {@code at}, with its {@code \n} if it has one (Rust's {@code read_line}). */
    private static String lineAt(String text, int at) {
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end + 1);
    }

    /** {@code parse_line}: whether the line is a header line, reading its setting if it has one. */
    private boolean readLine(String line) {
        if (!line.startsWith("#")) {
            return false;
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
            String value = line.substring(colon + 1);
            value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                    : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            readSetting(line.substring(1, colon).strip().toLowerCase(Locale.ROOT), value);
        }
        return true;
    }

    /** {@code parse_meta_value}. */
    private void readSetting(String key, String value) {
        String cut = cut(value);
        switch (key) {
            case "separator" -> Delimiter.fromHeader(cut).ifPresentOrElse(d -> {
                delimiter = d;
                delimiterForced = true;
                ignoredSeparator = null;
            }, () -> ignoredSeparator = value);
            case "html" -> {
                String b = cut.toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("false")) {
                    html = b.equals("true");
                    htmlForced = true;
                }
            }
            case "tags" -> globalTags = splitTags(value);
            case "columns" -> columnLabels = Records.splitLine(value, delimiter.character());
            case "notetype" -> {
                if (!value.isEmpty()) {
                    globalNotetype = value;
                    notetypeColumn = 0;
                }
            }
            case "deck" -> {
                if (!value.isEmpty()) {
                    globalDeck = value;
                    deckColumn = 0;
                }
            }
            case "notetype column" -> columnNumber(cut, n -> notetypeColumn = n);
            case "deck column" -> columnNumber(cut, n -> deckColumn = n);
            case "tags column" -> columnNumber(cut, n -> tagsColumn = n);
            case "guid column" -> columnNumber(cut, n -> guidColumn = n);
            default -> {
                // "match scope", "if matches" and unknown keys: Smriti always updates a note it already has.
            }
        }
    }

    /** Keeps the first character and what follows up to the first that is not an ASCII letter or digit. */
    private static String cut(String value) {
        int second = value.offsetByCodePoints(0, Math.min(1, value.codePointCount(0, value.length())));
        if (second >= value.length()) {
            return value;
        }
        for (int i = second; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c < 0x80 && Character.isLetterOrDigit(c))) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    private static void columnNumber(String value, IntConsumer set) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n > 0) {
                set.accept(n);
            }
        } catch (NumberFormatException e) {
            // Anki ignores a column that is not a number ("#tags column:123abc"); so does Smriti.
        }
    }

    private Set<Integer> metaColumns() {
        Set<Integer> meta = new LinkedHashSet<>();
        for (int c : new int[] {deckColumn, notetypeColumn, tagsColumn, guidColumn}) {
            if (c > 0) {
                meta.add(c);
            }
        }
        return meta;
    }

    /** {@code maybe_init_notetype_map}, plus where Smriti's own column is. */
    private void mapColumns() {
        Set<Integer> meta = metaColumns();
        int columns = columnLabels.size();
        int named = columnLabels.indexOf(AnkiExport.SMRITI_COLUMN) + 1;
        smritiColumn = named > 0 && !meta.contains(named) ? named : 0;
        if (notetypeColumn > 0) {
            return;
        }
        List<String> names = NoteType.named(globalNotetype.isEmpty() ? NoteType.DEFAULT.ankiName() : globalNotetype)
                .map(NoteType::fields)
                .orElse(null);
        if (names == null) {
            // A note type of the user's own: its fields are unknown, so every free column is one, in order.
            fieldColumns = IntStream.rangeClosed(1, columns)
                    .filter(i -> !meta.contains(i) && i != smritiColumn)
                    .toArray();
            return;
        }
        fieldColumns = new int[names.size()];
        // Anki presets the first field to column 1, so ensure_first_field_is_mapped never finds it unmapped.
        fieldColumns[0] = 1;
        if (columnLabels.stream().allMatch(String::isEmpty)) {
            int field = 0;
            for (int i = 1; i <= columns && field < fieldColumns.length; i++) {
                if (!meta.contains(i)) {
                    fieldColumns[field++] = i;
                }
            }
        } else {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int i = 1; i <= columns; i++) {
                if (!meta.contains(i)) {
                    byLabel.put(columnLabels.get(i - 1), i);
                }
            }
            for (int f = 0; f < names.size(); f++) {
                Integer column = byLabel.get(names.get(f));
                if (column != null) {
                    fieldColumns[f] = column;
                }
            }
        }
        if (tagsColumn == 0) { // maybe_set_tags_column
            int lastField = Arrays.stream(fieldColumns).max().orElse(0);
            for (int i = lastField + 1; i <= columns; i++) {
                if (!meta.contains(i)) {
                    tagsColumn = i;
                    break;
                }
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
