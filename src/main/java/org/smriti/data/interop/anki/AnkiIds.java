package org.smriti.data.interop.anki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.smriti.data.interop.AnkiExport;

/**
 * The id an Anki note's card gets in the own cards, the same on every import, so that importing a file again
 * finds the cards it made:
 *
 * <ul>
 *   <li>a GUID {@code smriti:<id>} (Smriti's own export) keeps {@code <id>} when it is a valid id;</li>
 *   <li>any other GUID gives {@code my-anki-} and 13 characters of its SHA-256;</li>
 *   <li>a note without a GUID is known by its note type and its first field, as Anki matches such a note
 *       (the first field without HTML, within the note type): {@code my-anki-} and 13 characters of their
 *       SHA-256.</li>
 * </ul>
 *
 * The 13 characters encode 64 bits in an alphabet without {@code c}, so the id never ends like a card form
 * ({@code -c1}, {@code -card}) and is never taken for the sibling of another card.
 */
final class AnkiIds {

    static final String PREFIX = "my-anki-";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String ALPHABET = "0123456789abdefghjkmnpqrstuvwxyz";
    private static final int LENGTH = 13;

    private AnkiIds() {
    }

    /** The id a {@code smriti:} GUID names, if it is one and names a valid id. */
    static Optional<String> smritiId(String guid) {
        if (!guid.startsWith(AnkiExport.GUID_PREFIX)) {
            return Optional.empty();
        }
        String id = guid.substring(AnkiExport.GUID_PREFIX.length());
        return ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    static String ofGuid(String guid) {
        return PREFIX + code("guid\n" + guid);
    }

    static String ofFirstField(String notetype, String firstField) {
        return PREFIX + code("first field\n" + notetype.toLowerCase(Locale.ROOT) + "\n" + firstField);
    }

    private static String code(String key) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = bits << 8 | (hash[i] & 0xFF);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return out.toString();
    }
}
