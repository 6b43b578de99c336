package org.smriti.core.suggest;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of a sentence's text. */
record Range(int start, int end) {

    int length() {
        return end - start;
    }

    boolean overlaps(Range other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Range other) {
        return start <= other.start && other.end <= end;
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
