package org.smriti.ui.editor;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smriti.core.question.DraftProblem;
import org.smriti.core.question.QuestionType;
import org.smriti.ui.common.QuestionText;

/**
 * Says a validator's problem the way the editor's fields are labelled: the validator speaks of pack fields
 * ({@code options[2]}, {@code answer: missing}), the aspirant sees "option (c)" and a round button to choose.
 */
final class ProblemWords {

    private static final Pattern ELEMENT = Pattern.compile("\\b(options|statements|pairs|events|header)\\[(\\d+)]");
    /** A field of a row: shown beside the row, so the message names which of its fields it is about. */
    private static final Pattern ROW_FIELD = Pattern.compile(".*]\\.(\\w+)");
    private static final String NOT_FOUND = "not found in ";

    private ProblemWords() {
    }

    /**
     * @param documentTitle the title of a note, by file name
     * @return the message to show beside its field
     */
    static String beside(DraftProblem p, QuestionType type, Function<String, String> documentTitle) {
        String message = p.message();
        if ("answer".equals(p.field()) && "missing".equals(message)) {
            return type == QuestionType.MCQ ? "Choose the right option with its round button."
                    : "Choose which of the four answers is right.";
        }
        if ("source.quote".equals(p.field()) && message.startsWith(NOT_FOUND)) {
            return "Not found in “" + documentTitle.apply(message.substring(NOT_FOUND.length()))
                    + "”: a quote must be the note's own words.";
        }
        Matcher inRow = ROW_FIELD.matcher(p.field() == null ? "" : p.field());
        if (inRow.matches()) {
            String part = "actual".equals(inRow.group(1)) ? "actually matched with" : inRow.group(1);
            return sentence(part + ": " + names(message));
        }
        return sentence(names(message));
    }

    /** A problem no field shows, named with its field: "Id: duplicate id …". */
    static String alone(DraftProblem p, QuestionType type, Function<String, String> documentTitle) {
        if (p.field() == null) {
            return beside(p, type, documentTitle);
        }
        return sentence(names(p.field()).replace('.', ' ') + ": " + names(p.message()));
    }

    /** "options[2]" → "option (c)", "events[0]" → "event 1", "header[1]" → "right column name". */
    static String names(String text) {
        Matcher m = ELEMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            String list = m.group(1);
            String name = switch (list) {
                case "options" -> "option " + QuestionText.optionLetter(index);
                case "header" -> index == 0 ? "left column name" : "right column name";
                default -> list.substring(0, list.length() - 1) + " " + (index + 1);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        String first = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        return first.endsWith(".") || first.endsWith("?") ? first : first + ".";
    }
}
