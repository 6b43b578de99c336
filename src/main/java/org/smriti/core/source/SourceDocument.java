package org.smriti.core.source;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * One of the notes the bank is built from.
 *
 * @param file   file name in {@code seeds/}, as cited by questions' {@code source.doc}
 * @param title  human title
 * @param text   the raw text, markup included, exactly as stored
 * @param credit publisher, author and/or date when the text shows them, otherwise empty
 */
public record SourceDocument(String file, String title, String text, String credit) {

    public SourceDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(credit, "credit");
    }

    public SourceDocument(String file, String title, String text) {
        this(file, title, text, "");
    }

    /** Where {@code quote} appears in {@link #text()} under the bank's comparison rule. */
    public Optional<Span> locate(String quote) {
        return normalized().locate(quote);
    }

    /**
     * Whether {@code quote} appears in {@link #text()} under the bank's comparison rule, as the pack validator asks
     * it (a quote that normalizes to nothing is in every text).
     */
    public boolean contains(String quote) {
        return normalized().text().contains(TextNormalizer.normalizeQuote(quote));
    }

    /**
     * The text normalized: once per text, however many quotes are looked for in it and whoever looks (the pack
     * validator, the card editor, the facts), and only when one is.
     */
    private TextNormalizer.Normalized normalized() {
        return NORMALIZED.computeIfAbsent(text, TextNormalizer::normalizeWithOffsets);
    }

    private static final Map<String, TextNormalizer.Normalized> NORMALIZED =
            Collections.synchronizedMap(new WeakHashMap<>());
}
