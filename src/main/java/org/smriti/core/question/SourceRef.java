package org.smriti.core.question;

import java.util.Objects;

/**
 * Where a question's fact comes from.
 *
 * @param doc   file name of a document in {@code seeds/}
 * @param quote a passage copied from that document
 */
public record SourceRef(String doc, String quote) {
    public SourceRef {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(quote, "quote");
    }
}
