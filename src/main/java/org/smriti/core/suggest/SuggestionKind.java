package org.smriti.core.suggest;

/**
 * What a suggested blank is, in the order of how exam-worthy it is: when two candidate blanks overlap, the one
 * declared first wins, and a sentence's single "term" suggestion is the first of the weak kinds it has.
 */
public enum SuggestionKind {
    /** A day or month with its year: "April 28, 1952", "December 2017". */
    DATE("date", true),
    /** A year, a range of years or a financial year: "2014", "2023–24", "FY 2022-23". */
    YEAR("year", true),
    /** A quantity with its unit, currency or scale, or a count: "$21.96 billion", "360 kmph", "13". */
    FIGURE("figure", true),
    /** A rank: "14th", "fifth" in "fifth-largest". */
    ORDINAL("ordinal", true),
    /** The name of a military exercise: "JIMEX", "Dharma Guardian". */
    EXERCISE("exercise", true),
    /** One cell of a table row, asked from the row's first cell and the column's header. */
    TABLE("table", true),
    /** A named scheme, initiative, programme, agreement, forum, partnership…: "Act East Policy". */
    SCHEME("scheme", false),
    /** An acronym, or the words an acronym in brackets stands for. */
    ACRONYM("acronym", false),
    /** A phrase the note sets in bold or in quotation marks. */
    EMPHASIS("emphasis", false);

    private final String id;
    private final boolean fact;

    SuggestionKind(String id, boolean fact) {
        this.id = id;
        this.fact = fact;
    }

    /** Lower-case name used in the command line's output, e.g. {@code year}. */
    public String id() {
        return id;
    }

    /**
     * Whether each such blank is a fact of its own: every one in a sentence is suggested. The other kinds are
     * names the sentence is about; a sentence gives at most one of them, and only when it has no fact.
     */
    public boolean fact() {
        return fact;
    }
}
