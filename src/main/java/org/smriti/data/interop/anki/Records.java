package org.smriti.data.interop.anki;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records exactly as Anki's importer does: the Rust {@code csv} crate, configured in
 * {@code build_csv_reader} (rslib/src/import_export/text/csv/import.rs) with no header row, records of any
 * length, {@code #} as comment character and the given delimiter. The state machine is csv-core's
 * ({@code transition_nfa} in csv-core/src/reader.rs):
 *
 * <ul>
 *   <li>{@code \r}, {@code \n} and {@code \r\n} end a record; empty lines are skipped;</li>
 *   <li>a line starting with {@code #} (at the start of a record, not inside a quoted field) is skipped up to the
 *       next {@code \n};</li>
 *   <li>a field starting with {@code "} is quoted: delimiters and line breaks inside are kept, {@code ""} is one
 *       quote, and text after the closing quote is appended ({@code "ab"c} is {@code abc});</li>
 *   <li>a quote inside an unquoted field is an ordinary character.</li>
 * </ul>
 *
 * <p>One difference: a quoted field still open at the end of the file ends the record in Anki, silently; here the
 * record says so ({@link Record#unclosedQuote()}), because the rest of the file has then become one field.
 */
final class Records {

    private static final char QUOTE = '"';
    private static final char COMMENT = '#';

    /** @param line the line the record starts on, counting from 1 at the start of the file */
    record Record(int line, List<String> fields, boolean unclosedQuote) {
        Record {
            fields = List.copyOf(fields);
        }

        /** Field {@code column} (1-based, as Anki's header columns), or {@code null} past the end of this record. */
        String column(int column) {
            return column >= 1 && column <= fields.size() ? fields.get(column - 1) : null;
        }
    }

    private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED, QUOTE_IN_QUOTED, IN_COMMENT }

    private final String text;
    private final char delimiter;
    private final boolean comments;
    private final List<Record> records = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int recordLine;

    private Records(String text, char delimiter, boolean comments) {
        this.text = text;
        this.delimiter = delimiter;
        this.comments = comments;
    }

    /** The records of {@code text}, whose first character is on line {@code firstLine}. */
    static List<Record> split(String text, char delimiter, int firstLine) {
        Records r = new Records(text, delimiter, true);
        r.line = firstLine;
        return r.run();
    }

    /** The first record of one line, without comments: how Anki reads a {@code #columns:} value. */
    static List<String> splitLine(String text, char delimiter) {
        List<Record> one = new Records(text, delimiter, false).run();
        return one.isEmpty() ? List.of() : one.get(0).fields();
    }

    private List<Record> run() {
        State state = State.START_RECORD;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean term = c == '\n' || c == '\r';
            switch (state) {
                case START_RECORD -> {
                    if (term) {
                        i = lineBreak(i, false);
                        continue;
                    }
                    if (comments && c == COMMENT) {
                        state = State.IN_COMMENT;
                        i++;
                        continue;
                    }
                    recordLine = line;
                    state = State.START_FIELD;
                    continue;
                }
                case START_FIELD -> {
                    if (c == QUOTE) {
                        state = State.IN_QUOTED;
                    } else {
                        // Anything else reads as the first character of an unquoted field.
                        state = State.IN_FIELD;
                        continue;
                    }
                }
                case IN_FIELD -> {
                    if (c == delimiter) {
                        endField();
                        state = State.START_FIELD;
                    } else if (term) {
                        endRecord(false);
                        state = State.START_RECORD;
                        continue;
                    } else {
                        field.append(c);
                    }
                }
                case IN_QUOTED -> {
                    if (c == QUOTE) {
                        state = State.QUOTE_IN_QUOTED;
                    } else if (term) {
                        i = lineBreak(i, true);
                        continue;
                    } else {
                        field.append(c);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == QUOTE) {
                        field.append(QUOTE);
                        state = State.IN_QUOTED;
                    } else {
                        // After a closing quote, the field goes on unquoted: "ab"c is abc.
                        state = State.IN_FIELD;
                        continue;
                    }
                }
                case IN_COMMENT -> {
                    if (term) {
                        i = lineBreak(i, false);
                        // csv-core ends a comment at \n only: after a lone \r (old Mac files) it goes on.
                        if (text.charAt(i - 1) == '\n') {
                            state = State.START_RECORD;
                        }
                        continue;
                    }
                }
            }
            i++;
        }
        if (state != State.START_RECORD && state != State.IN_COMMENT) {
            endRecord(state == State.IN_QUOTED);
        }
        return records;
    }

    /**
     * Counts the line break at {@code i} ({@code \r\n} as one) and returns the index after it; {@code keep} copies
     * it into the field, as csv-core does inside a quoted field.
     */
    private int lineBreak(int i, boolean keep) {
        line++;
        int end = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        if (keep) {
            field.append(text, i, end);
        }
        return end;
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRecord(boolean unclosedQuote) {
        endField();
        records.add(new Record(recordLine, fields, unclosedQuote));
        fields.clear();
    }
}
