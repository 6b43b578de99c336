package org.smriti.core.text;

/** Counted nouns in messages, so "1 card" and "2 cards" are written one way everywhere. */
public final class Words {

    private Words() {
    }

    /** {@code 1 card}, {@code 2 cards}: the word with an "s" unless there is exactly one. */
    public static String plural(long n, String word) {
        return plural(n, word, word + "s");
    }

    /** For nouns whose plural is not the word plus "s": {@code plural(n, "was", "were")}. */
    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The noun alone, agreeing with {@code n}: {@code noun(2, "it stays", "they stay")}. */
    public static String agreeing(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
