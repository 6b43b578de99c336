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

    // Written out rather than the record's own, which goes through method handles: a start hashes thousands of
    // these as map keys (every quote's place in its note) before the JIT has compiled anything.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceRef s && doc.equals(s.doc) && quote.equals(s.quote);
    }

    @Override
    public int hashCode() {
        return 31 * doc.hashCode() + quote.hashCode();
    }
}
