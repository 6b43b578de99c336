package org.smriti.core.source;

/**
 * A range of characters in a raw document, {@code start} inclusive and {@code end} exclusive, so that
 * {@code raw.substring(start, end)} is the passage (markup inside it included).
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
