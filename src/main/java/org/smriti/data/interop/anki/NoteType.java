package org.smriti.data.interop.anki;

import java.util.List;
import java.util.Optional;

/**
 * The note types Anki creates in every collection (rslib/src/notetype/stock.rs and
 * rslib/src/image_occlusion/notetype.rs), by their English names and fields (ftl/core/notetypes.ftl). Anki
 * matches note type names case-insensitively (the {@code notetypes.name} column is {@code COLLATE unicase});
 * so does {@link #named}. Any other name is a note type of the user's own, whose fields Smriti cannot know.
 */
enum NoteType {
    BASIC("Basic", "Front", "Back"),
    BASIC_AND_REVERSED("Basic (and reversed card)", "Front", "Back"),
    BASIC_OPTIONAL_REVERSED("Basic (optional reversed card)", "Front", "Back", "Add Reverse"),
    BASIC_TYPE_ANSWER("Basic (type in the answer)", "Front", "Back"),
    CLOZE("Cloze", "Text", "Back Extra"),
    IMAGE_OCCLUSION("Image Occlusion", "Occlusion", "Image", "Header", "Back Extra", "Comments");

    /** What Anki uses when a file names no note type: a new collection's default for adding. */
    static final NoteType DEFAULT = BASIC;

    private final String ankiName;
    private final List<String> fields;

    NoteType(String ankiName, String... fields) {
        this.ankiName = ankiName;
        this.fields = List.of(fields);
    }

    String ankiName() {
        return ankiName;
    }

    List<String> fields() {
        return fields;
    }

    static Optional<NoteType> named(String name) {
        for (NoteType t : values()) {
            if (t.ankiName.equalsIgnoreCase(name.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
