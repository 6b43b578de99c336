package org.smriti.data.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.Statements;

/**
 * The type-specific fields of the objective types (see question-bank/README.md). Each reader checks its fields,
 * recording problems in {@link PackFields}, and returns how to build the record from its meta; the builder may
 * only be used if no problem was recorded.
 */
final class ObjectiveReaders {

    private final PackFields fields;

    ObjectiveReaders(PackFields fields) {
        this.fields = fields;
    }

    Function<QuestionMeta, Question> mcq(JsonObject o) {
        List<String> options = fields.texts(o, "options", "options");
        if (options != null) {
            if (options.size() != 4) {
                fields.problem("options", "needs exactly 4 options, found " + options.size());
            }
            for (int i = 0; i < options.size(); i++) {
                int first = options.indexOf(options.get(i));
                if (first < i) {
                    fields.problem("options[" + i + "]", "same text as options[" + first + "]");
                }
            }
        }
        Integer answer = fields.wholeNumber(o, "answer", "answer");
        if (answer != null && (answer < 0 || answer > 3)) {
            fields.problem("answer", answer + " is not an option index (0-3)");
        }
        return meta -> new Mcq(meta, options, answer);
    }

    Function<QuestionMeta, Question> statements(JsonObject o) {
        JsonArray items = fields.array(o, "statements", "statements");
        List<Statements.Statement> statements = new ArrayList<>();
        boolean complete = items != null;
        if (items != null) {
            if (items.size() < 2 || items.size() > 4) {
                fields.problem("statements", "needs 2 to 4 statements, found " + items.size());
            }
            for (int i = 0; i < items.size(); i++) {
                String path = "statements[" + i + "]";
                JsonObject s = fields.element(items.get(i), path);
                if (s == null) {
                    complete = false;
                    continue;
                }
                fields.unknownFields(s, Set.of("text", "correct"), path + ".");
                String text = fields.text(s, "text", path + ".text");
                Boolean correct = fields.bool(s, "correct", path + ".correct");
                if (text == null || correct == null) {
                    complete = false;
                } else {
                    statements.add(new Statements.Statement(text, correct));
                }
            }
        }
        Statements.Style style = style(o);
        if (complete && style != null) {
            checkStatementsHaveOptions(statements, style);
        }
        List<List<Integer>> chosen = List.of();
        if (!PackFields.absent(o, "options")) {
            int n = statements.size();
            if (style == Statements.Style.HOW_MANY || (complete && n < 3)) {
                fields.problem("options", "only style \"which\" with 3 or 4 statements takes chosen options"
                        + " (the others have fixed ones)");
            } else if (complete && style != null && statements.stream().anyMatch(Statements.Statement::correct)) {
                List<Integer> key = Statements.correctCombination(statements);
                chosen = chosenOptions(o, combination -> Statements.isCombination(combination, n),
                        "a combination of statement numbers in ascending order, each within 1-" + n + ", e.g. [1, 3]",
                        key, "correct combination " + key + " (the statements marked correct)");
            }
        }
        List<List<Integer>> options = chosen;
        return meta -> new Statements(meta, statements, style, options);
    }

    /**
     * The optional {@code options} the author chose: exactly four distinct lists of numbers, each {@code
     * wellFormed}, one of them {@code key}. Empty after a problem (which is recorded) or when absent.
     */
    private List<List<Integer>> chosenOptions(JsonObject o, Predicate<List<Integer>> wellFormed, String shape,
                                              List<Integer> key, String keyName) {
        JsonArray items = fields.array(o, "options", "options");
        if (items == null) {
            return List.of();
        }
        int before = fields.problemCount();
        if (items.size() != 4) {
            fields.problem("options", "needs exactly 4 options, found " + items.size());
        }
        List<List<Integer>> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "options[" + i + "]";
            List<Integer> numbers = fields.wholeNumbers(items.get(i), path);
            if (numbers == null) {
                continue;
            }
            int same = options.indexOf(numbers);
            if (!wellFormed.test(numbers)) {
                fields.problem(path, "must be " + shape + "; found " + numbers);
            } else if (same >= 0) {
                fields.problem(path, "same as options[" + same + "]");
            }
            options.add(numbers);
        }
        if (fields.problemCount() == before && !options.contains(key)) {
            fields.problem("options", "none of them is the " + keyName);
        }
        return fields.problemCount() == before ? options : List.of();
    }

    /** 2, 3, …, n, 1: an ordering that reads as one in a message. */
    private static List<Integer> exampleOrdering(int n) {
        List<Integer> ordering = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            ordering.add(i);
        }
        ordering.add(1);
        return ordering;
    }

    private Statements.Style style(JsonObject o) {
        String styleId = fields.text(o, "style", "style");
        if (styleId == null) {
            return null;
        }
        Statements.Style style = Statements.Style.fromId(styleId).orElse(null);
        if (style == null) {
            fields.problem("style", "unknown style \"" + styleId + "\" (expected which or how-many)");
        }
        return style;
    }

    /** The combinations the derived options can express (see OptionDerivation). */
    private void checkStatementsHaveOptions(List<Statements.Statement> statements, Statements.Style style) {
        int n = statements.size();
        long trueCount = statements.stream().filter(Statements.Statement::correct).count();
        if (style == Statements.Style.HOW_MANY && n < 3) {
            fields.problem("style", "\"how-many\" needs at least 3 statements, found " + n);
        } else if (style == Statements.Style.HOW_MANY && n == 4 && trueCount == 0) {
            fields.problem("statements", "with 4 statements and style \"how-many\" at least one must be correct"
                    + " (the options are Only one … All four)");
        } else if (style == Statements.Style.WHICH && n >= 3 && n <= 4 && trueCount == 0) {
            fields.problem("statements", "with 3 or 4 statements and style \"which\" at least one must be correct"
                    + " (the options are combinations such as \"1 and 2 only\")");
        }
    }

    Function<QuestionMeta, Question> pairs(JsonObject o) {
        List<String> header = fields.texts(o, "header", "header");
        if (header != null && header.size() != 2) {
            fields.problem("header", "needs exactly 2 column names, found " + header.size());
        }
        JsonArray items = fields.array(o, "pairs", "pairs");
        List<Pairs.Pair> pairs = new ArrayList<>();
        if (items == null) {
            return meta -> new Pairs(meta, header.get(0), header.get(1), pairs);
        }
        if (items.size() < 3 || items.size() > 4) {
            fields.problem("pairs", "needs 3 or 4 pairs, found " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "pairs[" + i + "]";
            JsonObject p = fields.element(items.get(i), path);
            if (p == null) {
                continue;
            }
            fields.unknownFields(p, Set.of("left", "right", "correct", "actual"), path + ".");
            String left = fields.text(p, "left", path + ".left");
            String right = fields.text(p, "right", path + ".right");
            Boolean correct = fields.bool(p, "correct", path + ".correct");
            String actual = null;
            if (Boolean.TRUE.equals(correct) && !PackFields.absent(p, "actual")) {
                fields.problem(path + ".actual", "only a wrong pair (\"correct\": false) has an actual right-hand side");
            } else if (Boolean.FALSE.equals(correct)) {
                actual = fields.text(p, "actual", path + ".actual");
                if (actual != null && actual.equals(right)) {
                    fields.problem(path + ".actual", "same as right; a wrong pair's actual must differ from what is shown");
                }
            }
            if (left != null && right != null && correct != null && (correct || actual != null)) {
                pairs.add(new Pairs.Pair(left, right, correct, actual));
            }
        }
        if (pairs.size() == items.size() && pairs.size() == 4 && pairs.stream().noneMatch(Pairs.Pair::correct)) {
            fields.problem("pairs", "with 4 pairs at least one must be correct (the options are Only one … All four)");
        }
        return meta -> new Pairs(meta, header.get(0), header.get(1), pairs);
    }

    Function<QuestionMeta, Question> assertion(JsonObject o) {
        String statement1 = fields.text(o, "statement1", "statement1");
        String statement2 = fields.text(o, "statement2", "statement2");
        String answer = fields.text(o, "answer", "answer");
        Assertion.AssertionKey key = null;
        if (answer != null) {
            key = Assertion.AssertionKey.fromId(answer).orElse(null);
            if (key == null) {
                fields.problem("answer", "unknown answer \"" + answer + "\" (expected one of "
                        + PackFields.joinIds(Assertion.AssertionKey.values(), Assertion.AssertionKey::id) + ")");
            }
        }
        Assertion.AssertionKey answerKey = key;
        return meta -> new Assertion(meta, statement1, statement2, answerKey);
    }

    Function<QuestionMeta, Question> chronology(JsonObject o) {
        JsonArray items = fields.array(o, "events", "events");
        List<Chronology.Event> events = new ArrayList<>();
        if (items == null) {
            return meta -> new Chronology(meta, events);
        }
        if (items.size() < 3 || items.size() > 4) {
            fields.problem("events", "needs 3 or 4 events, found " + items.size());
        }
        Map<Integer, Integer> eventOfYear = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "events[" + i + "]";
            JsonObject e = fields.element(items.get(i), path);
            if (e == null) {
                continue;
            }
            fields.unknownFields(e, Set.of("text", "year"), path + ".");
            String text = fields.text(e, "text", path + ".text");
            Integer year = fields.wholeNumber(e, "year", path + ".year");
            if (year != null) {
                Integer tied = eventOfYear.putIfAbsent(year, i);
                if (tied != null) {
                    fields.problem(path + ".year", year + " is also the year of events[" + tied + "]; years must differ");
                }
            }
            if (text != null && year != null) {
                events.add(new Chronology.Event(text, year));
            }
        }
        List<List<Integer>> chosen = List.of();
        boolean eventsComplete = events.size() == items.size() && eventOfYear.size() == items.size();
        if (!PackFields.absent(o, "options") && eventsComplete && items.size() >= 3 && items.size() <= 4) {
            int n = events.size();
            List<Integer> key = Chronology.correctOrder(events);
            chosen = chosenOptions(o, ordering -> Chronology.isOrdering(ordering, n),
                    "an ordering of the event numbers 1-" + n + ", each once, e.g. " + exampleOrdering(n),
                    key, "correct order " + key + " (by year)");
        }
        List<List<Integer>> options = chosen;
        return meta -> new Chronology(meta, events, options);
    }
}
