package org.smriti.core.suggest;

/** A possible blank in a sentence: where it is, what it is, and the hint shown in its place (empty if none). */
record Candidate(Range range, SuggestionKind kind, String hint) {

    Candidate(int start, int end, SuggestionKind kind, String hint) {
        this(new Range(start, end), kind, hint);
    }

    int start() {
        return range.start();
    }

    int end() {
        return range.end();
    }
}
