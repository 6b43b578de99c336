package org.smriti.data.interop.anki;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One record of the file as Anki's importer sees it before it touches the collection ({@code ForeignNote} in
 * rslib/src/import_export/text/mod.rs).
 *
 * @param line     the line the record starts on
 * @param notetype the note type's name; empty for the default (Basic)
 * @param fields   the note's fields in order, as written in the file; {@code null} where the record has no
 *                 such column
 * @param tags     the record's tags, or {@code null} when the file has no tags column for it; the header's
 *                 {@code #tags:} are added later, as Anki does
 * @param deck     the deck's name; empty for the default deck
 * @param guid     empty when the file has none
 * @param smriti   the value of a column named {@code Smriti} (Smriti's own export), or {@code null}
 */
record AnkiNote(int line, String notetype, List<String> fields, List<String> tags, String deck, String guid,
                String smriti, boolean unclosedQuote) {

    AnkiNote {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** Field {@code i} (0-based), or the empty string if the record has none there. */
    String field(int i) {
        return i < fields.size() && fields.get(i) != null ? fields.get(i) : "";
    }
}
