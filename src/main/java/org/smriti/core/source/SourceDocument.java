package org.smriti.core.source;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * One of the notes the bank is built from. Immutable; compared by its four values, as a record would be. Its text
 * may be made when first read ({@link #deferred}): a start needs the aspirant's notes only by name, and decoding
 * megabytes of them would delay the first frame.
 */
public final class SourceDocument {

    private final String file;
    private final String title;
    private final String credit;
    private volatile String text;
    /** Makes the text on first use; null once it has. */
    private Supplier<String> deferredText;

    /**
     * @param file   file name in {@code seeds/}, as cited by questions' {@code source.doc}
     * @param title  human title
     * @param text   the raw text, markup included, exactly as stored
     * @param credit publisher, author and/or date when the text shows them, otherwise empty
     */
    public SourceDocument(String file, String title, String text, String credit) {
        this(file, title, Objects.requireNonNull(text, "text"), null, credit);
    }

    public SourceDocument(String file, String title, String text) {
        this(file, title, text, "");
    }

    private SourceDocument(String file, String title, String text, Supplier<String> deferredText, String credit) {
        this.file = Objects.requireNonNull(file, "file");
        this.title = Objects.requireNonNull(title, "title");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.text = text;
        this.deferredText = deferredText;
    }

    /** A document whose text {@code text} makes when the text is first read, once, on whichever thread reads it. */
    public static SourceDocument deferred(String file, String title, Supplier<String> text, String credit) {
        return new SourceDocument(file, title, null, Objects.requireNonNull(text, "text"), credit);
    }

    public String file() {
        return file;
    }

    public String title() {
        return title;
    }

    /** The raw text, markup included, exactly as stored. */
    public String text() {
        String made = text;
        if (made == null) {
            synchronized (this) {
                made = text;
                if (made == null) {
                    made = Objects.requireNonNull(deferredText.get(), "text");
                    text = made;
                    deferredText = null;
                }
            }
        }
        return made;
    }

    public String credit() {
        return credit;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceDocument d && file.equals(d.file) && title.equals(d.title)
                && credit.equals(d.credit) && text().equals(d.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, title, text(), credit);
    }

    @Override
    public String toString() {
        return "SourceDocument[file=" + file + ", title=" + title + ", credit=" + credit + ", "
                + text().length() + " characters]";
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
        return NORMALIZED.computeIfAbsent(text(), TextNormalizer::normalizeWithOffsets);
    }

    private static final Map<String, TextNormalizer.Normalized> NORMALIZED =
            Collections.synchronizedMap(new WeakHashMap<>());
}
