package org.smriti.ui.common;

/** Reads a whole number typed into a field, with a message that names the field and the range. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * @throws IllegalArgumentException "{field} must be a whole number from {min} to {max}, not 'x'." — shown as is
     */
    public static int parse(String text, String field, int min, int max) {
        String t = text == null ? "" : text.trim();
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(outOfRange(t, field, min, max), e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(outOfRange(t, field, min, max));
        }
        return value;
    }

    private static String outOfRange(String text, String field, int min, int max) {
        return field + " must be a whole number from " + min + " to " + max + ", not '" + text + "'.";
    }
}
