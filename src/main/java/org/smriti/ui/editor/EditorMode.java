package org.smriti.ui.editor;

/** Why the card editor is open, which decides its title and what happens to the card's id. */
public enum EditorMode {
    /** A card made from scratch or from a passage: it gets an id when first saved. */
    NEW("New card"),
    /** One of the aspirant's cards: its id never changes, so its progress is kept. */
    EDIT("Edit card"),
    /** A bundled question copied to the aspirant's cards: the copy gets an id of its own. */
    COPY("Copy to my cards");

    private final String title;

    EditorMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
