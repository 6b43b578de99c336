package org.smriti.core.question;

/**
 * Why an own card's quote cannot be shown in its note any more. The bundled bank never has either: a pack whose
 * quote is not found is refused. The aspirant's own cards are kept and flagged instead, so nothing typed is lost.
 */
public enum SourceStatus {
    /** The note is there but no longer holds the quote (it was edited, in Smriti or outside). */
    QUOTE_CHANGED,
    /** The note was deleted (moved to the trash). */
    SOURCE_REMOVED
}
