package org.smriti.data.interop;

import java.util.List;

/** A review log that could not be read; each problem names the file, the line and the column. */
public final class ReviewLogFormatException extends Exception {

    private final List<String> problems;

    public ReviewLogFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
