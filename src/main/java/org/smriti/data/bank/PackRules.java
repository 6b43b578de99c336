package org.smriti.data.bank;

/**
 * How strictly a pack is checked. The bundled bank and imported packs must prove every fact against its note;
 * the aspirant's own cards ({@code packs/my-cards.json}) are never refused for a note that changed after the card
 * was made: such a card is flagged when shown (see {@link org.smriti.core.question.SourceStatus}), and may lack a
 * source or an explanation (a card typed from memory, an imported Anki card). The card editor holds a card to its
 * source as it is typed: a quote must be in its note, but a card may have no source at all.
 */
enum PackRules {
    STRICT(true, true),
    OWN_CARDS(false, false),
    EDITOR(false, true);

    private final boolean sourceRequired;
    private final boolean quoteMustBeFound;

    PackRules(boolean sourceRequired, boolean quoteMustBeFound) {
        this.sourceRequired = sourceRequired;
        this.quoteMustBeFound = quoteMustBeFound;
    }

    /** Whether a missing source or explanation is a problem. */
    boolean sourceRequired() {
        return sourceRequired;
    }

    /** Whether an unknown note or a quote not found in it is a problem (else neither is checked when loading). */
    boolean quoteMustBeFound() {
        return quoteMustBeFound;
    }
}
