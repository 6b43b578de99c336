package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question as it is shown, the way UPSC prints it: the lead-in, then the numbered statements, the pairs table,
 * Statement-I/II or the events, then the closing question, and the options (a)-(d). One rendering for every
 * screen and for {@code smriti questions}, so what a script checks is what the aspirant reads.
 *
 * @param leadIn          the question's own text (a cloze card's front, with its blank)
 * @param header          the two column names of a pairs table; empty for other types
 * @param rows            the numbered or labelled lines between lead-in and closing question, in order
 * @param closingQuestion the line after the rows ("How many of the above pairs …"); empty if the type has none
 * @param options         the options as shown, in order (a)-(d); empty for recall and Mains questions
 * @param answer          index of the keyed option; empty for recall and Mains questions
 * @param answerText      the answer of a flashcard or cloze card, the model answer points of a Mains question
 *                        (one per line); empty for objective questions
 */
public record DisplayedQuestion(String leadIn, List<String> header, List<Row> rows, String closingQuestion,
                                List<String> options, OptionalInt answer, Optional<String> answerText) {

    public DisplayedQuestion {
        Objects.requireNonNull(leadIn, "leadIn");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        Objects.requireNonNull(closingQuestion, "closingQuestion");
        options = List.copyOf(options);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answerText, "answerText");
    }

    /**
     * One line of the stem.
     *
     * @param marker "1.", "2." … or "Statement-I:", "Statement-II:"
     * @param cells  the line's text; a pair has two cells (left, right), every other line one
     */
    public record Row(String marker, List<String> cells) {
        public Row {
            Objects.requireNonNull(marker, "marker");
            cells = List.copyOf(cells);
        }

        String text() {
            return marker + " " + String.join(CELL_SEPARATOR, cells);
        }
    }

    /** Between the two columns of a pair in plain text. */
    static final String CELL_SEPARATOR = " — ";

    public static DisplayedQuestion of(Question q) {
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        String closing = "";
        if (q instanceof Statements s) {
            numbered(rows, s.statements().stream().map(Statements.Statement::text).toList());
            closing = s.closingQuestion();
        } else if (q instanceof Pairs p) {
            header = List.of(p.leftHeader(), p.rightHeader());
            for (int i = 0; i < p.pairs().size(); i++) {
                rows.add(new Row((i + 1) + ".", List.of(p.pairs().get(i).left(), p.pairs().get(i).right())));
            }
            closing = Pairs.CLOSING_QUESTION;
        } else if (q instanceof Assertion a) {
            rows.add(new Row("Statement-I:", List.of(a.statement1())));
            rows.add(new Row("Statement-II:", List.of(a.statement2())));
            closing = Assertion.CLOSING_QUESTION;
        } else if (q instanceof Chronology c) {
            numbered(rows, c.events().stream().map(Chronology.Event::text).toList());
            closing = Chronology.CLOSING_QUESTION;
        }
        List<String> options = List.of();
        OptionalInt answer = OptionalInt.empty();
        if (q instanceof ObjectiveQuestion o) {
            options = o.options();
            answer = OptionalInt.of(o.correctOption());
        }
        return new DisplayedQuestion(q.prompt(), header, rows, closing, options, answer, answerText(q));
    }

    private static Optional<String> answerText(Question q) {
        if (q instanceof Flashcard f) {
            return Optional.of(f.answer());
        }
        if (q instanceof Cloze c) {
            return Optional.of(c.answer());
        }
        if (q instanceof Descriptive d) {
            return Optional.of(String.join("\n", d.points()));
        }
        return Optional.empty();
    }

    private static void numbered(List<Row> rows, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Row((i + 1) + ".", List.of(texts.get(i))));
        }
    }

    /**
     * The whole stem as plain text, one line per part: lead-in, the table header (indented like the rows), the
     * rows ("1. …", "Statement-I: …", a pair as "left — right"), the closing question.
     */
    public String prompt() {
        List<String> lines = new ArrayList<>();
        lines.add(leadIn);
        if (!header.isEmpty()) {
            lines.add(" ".repeat(rows.get(0).marker().length() + 1) + String.join(CELL_SEPARATOR, header));
        }
        rows.forEach(r -> lines.add(r.text()));
        if (!closingQuestion.isEmpty()) {
            lines.add(closingQuestion);
        }
        return String.join("\n", lines);
    }

    /** "(a)", "(b)", … as UPSC labels options. */
    public static String optionLetter(int index) {
        return "(" + (char) ('a' + index) + ")";
    }
}
