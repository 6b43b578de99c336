package org.smriti.data.bank;

/**
 * How strictly a pack is checked. The bundled bank and imported packs must prove every fact against its note;
 * the aspirant's own cards ({@code packs/my-cards.json}) are never refused for a note that changed after the card
 * was made: they are flagged (see {@link org.smriti.core.question.SourceStatus}) and may lack a source or an
 * explanation (a card typed from memory, an imported Anki card).
 */
enum PackRules {
    STRICT(true),
    OWN_CARDS(false);

    private final boolean sourceRequired;

    PackRules(boolean sourceRequired) {
        this.sourceRequired = sourceRequired;
    }

    /** Whether a missing source, explanation, unknown note or quote not found is a problem (else a flag). */
    boolean sourceRequired() {
        return sourceRequired;
    }
}
