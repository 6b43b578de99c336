package org.smriti.data.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.source.TextNormalizer;

/**
 * Reads one pack (format 1, see question-bank/README.md) into core records, collecting every problem instead
 * of stopping at the first. Questions are built only when the whole pack is clean, so nothing is half-loaded.
 *
 * <p>The pack is walked as a JSON tree rather than bound to DTOs so that a wrong value in one field is
 * reported against that field, with the others still checked.
 */
final class PackReader {

    static final int FORMAT = 1;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> PACK_FIELDS = Set.of("format", "pack", "title", "questions");
    private static final Set<String> COMMON_FIELDS =
            Set.of("id", "type", "prompt", "explanation", "topics", "difficulty", "source", "pyq");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.MCQ, Set.of("options", "answer"),
            QuestionType.STATEMENTS, Set.of("statements", "style"),
            QuestionType.PAIRS, Set.of("header", "pairs"),
            QuestionType.ASSERTION, Set.of("statement1", "statement2", "answer"),
            QuestionType.CHRONOLOGY, Set.of("events"),
            QuestionType.FLASHCARD, Set.of("answer"),
            QuestionType.DESCRIPTIVE, Set.of("points"));

    /**
     * The outcome for one pack: if {@code problems} is empty, its summary and questions; otherwise no summary
     * and no questions. {@code ids} holds every id the pack uses, for the duplicate check of later packs.
     */
    record Result(PackSummary summary, List<Question> questions, Set<String> ids, List<PackProblem> problems) {
    }

    private final String file;
    private final Map<String, String> normalizedDocs;
    private final Map<String, String> idsOfEarlierPacks;
    private final List<PackProblem> problems = new ArrayList<>();
    private final Map<String, Integer> idsInThisPack = new HashMap<>();
    private String packName;
    private String packTitle;
    /** Id (or questions[i]) of the question being read; problems are filed under it. */
    private String current;

    /**
     * @param normalizedDocs    source documents by file name, already normalized for quote search
     * @param idsOfEarlierPacks ids of questions of packs read before this one, mapped to their pack's name
     */
    private PackReader(String file, Map<String, String> normalizedDocs, Map<String, String> idsOfEarlierPacks) {
        this.file = file;
        this.normalizedDocs = normalizedDocs;
        this.idsOfEarlierPacks = idsOfEarlierPacks;
    }

    static Result read(PackFile pack, Map<String, String> normalizedDocs, Map<String, String> idsOfEarlierPacks) {
        return new PackReader(pack.name(), normalizedDocs, idsOfEarlierPacks).read(pack.content());
    }

    private Result read(byte[] content) {
        String text;
        try {
            text = Utf8.decode(content);
        } catch (CharacterCodingException e) {
            return failed("not UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonElement root;
        try {
            root = StrictJson.parse(text);
        } catch (StrictJson.MalformedException e) {
            return failed(e.getMessage());
        }
        List<Question> questions = readPack(root);
        Set<String> ids = Set.copyOf(idsInThisPack.keySet());
        if (!problems.isEmpty()) {
            return new Result(null, List.of(), ids, List.copyOf(problems));
        }
        PackSummary summary = new PackSummary(file, packName, packTitle, questions.size());
        return new Result(summary, List.copyOf(questions), ids, List.of());
    }

    private Result failed(String message) {
        return new Result(null, List.of(), Set.of(), List.of(new PackProblem(file, null, null, message)));
    }

    private List<Question> readPack(JsonElement root) {
        if (!root.isJsonObject()) {
            problem(null, "a pack must be a JSON object {\"format\": 1, \"pack\": …, \"title\": …, \"questions\": […]}");
            return List.of();
        }
        JsonObject pack = root.getAsJsonObject();
        unknownFields(pack, PACK_FIELDS, "");
        Integer format = wholeNumber(pack, "format", "format");
        if (format != null && format != FORMAT) {
            problem("format", "must be " + FORMAT + ", found " + format);
        }
        packName = text(pack, "pack", "pack");
        packTitle = text(pack, "title", "title");
        JsonArray items = array(pack, "questions", "questions");
        List<Question> questions = new ArrayList<>();
        if (items == null) {
            return questions;
        }
        for (int i = 0; i < items.size(); i++) {
            current = "questions[" + i + "]";
            Question q = readQuestion(items.get(i), i);
            if (q != null) {
                questions.add(q);
            }
        }
        current = null;
        return questions;
    }

    /** The question, or {@code null} if it has problems (they are recorded). */
    private Question readQuestion(JsonElement element, int index) {
        if (!element.isJsonObject()) {
            problem(null, "must be a JSON object");
            return null;
        }
        int problemsBefore = problems.size();
        JsonObject o = element.getAsJsonObject();
        String id = readId(o, index);
        QuestionType type = readType(o);
        if (type != null) {
            Set<String> allowed = new HashSet<>(COMMON_FIELDS);
            allowed.addAll(TYPE_FIELDS.get(type));
            unknownFields(o, allowed, "");
        }
        String prompt = text(o, "prompt", "prompt");
        String explanation = text(o, "explanation", "explanation");
        List<Topic> topics = readTopics(o);
        Integer difficulty = wholeNumber(o, "difficulty", "difficulty");
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            problem("difficulty", "must be 1, 2 or 3, found " + difficulty);
        }
        SourceRef source = readSource(o);
        Pyq pyq = readPyq(o);
        if (type == null) {
            return null;
        }
        Function<QuestionMeta, Question> build = readBody(type, o);
        // Every field has been checked; records are only built from a clean question.
        return problems.size() == problemsBefore
                ? build.apply(new QuestionMeta(id, prompt, explanation, topics, difficulty, source, pyq))
                : null;
    }

    /**
     * Checks the type-specific fields and returns how to build the record from its meta; the builder may only
     * be used if no problem was recorded.
     */
    private Function<QuestionMeta, Question> readBody(QuestionType type, JsonObject o) {
        switch (type) {
            case MCQ:
                return readMcq(o);
            case STATEMENTS:
                return readStatements(o);
            case PAIRS:
                return readPairs(o);
            case ASSERTION:
                return readAssertion(o);
            case CHRONOLOGY:
                return readChronology(o);
            case FLASHCARD: {
                String answer = text(o, "answer", "answer");
                return meta -> new Flashcard(meta, answer);
            }
            case DESCRIPTIVE: {
                List<String> points = texts(o, "points", "points");
                if (points != null && points.isEmpty()) {
                    problem("points", "needs at least one point");
                }
                return meta -> new Descriptive(meta, points);
            }
            default:
                throw new IllegalStateException("no reader for type " + type);
        }
    }

    private String readId(JsonObject o, int index) {
        String id = text(o, "id", "id");
        if (id == null) {
            return null;
        }
        current = id;
        if (!ID.matcher(id).matches()) {
            problem("id", "must be lower-case letters and digits in words joined by \"-\", e.g. def-jimex-mcq");
        }
        Integer earlier = idsInThisPack.putIfAbsent(id, index);
        if (earlier != null) {
            problem("id", "duplicate id (also questions[" + earlier + "] of this pack)");
        } else if (idsOfEarlierPacks.containsKey(id)) {
            problem("id", "duplicate id (also in " + idsOfEarlierPacks.get(id) + ")");
        }
        return id;
    }

    private QuestionType readType(JsonObject o) {
        String type = text(o, "type", "type");
        if (type == null) {
            return null;
        }
        QuestionType t = QuestionType.fromId(type).orElse(null);
        if (t == null) {
            problem("type", "unknown type \"" + type + "\" (expected one of "
                    + joinIds(QuestionType.values(), QuestionType::id) + ")");
        }
        return t;
    }

    private List<Topic> readTopics(JsonObject o) {
        List<String> ids = texts(o, "topics", "topics");
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty()) {
            problem("topics", "needs at least one topic");
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Topic t = Topic.fromId(ids.get(i)).orElse(null);
            if (t == null) {
                problem("topics[" + i + "]", "unknown topic \"" + ids.get(i) + "\" (expected one of "
                        + joinIds(Topic.values(), Topic::id) + ")");
            } else if (topics.contains(t)) {
                problem("topics[" + i + "]", "\"" + ids.get(i) + "\" is listed twice");
            } else {
                topics.add(t);
            }
        }
        return topics;
    }

    private SourceRef readSource(JsonObject o) {
        JsonObject source = object(o, "source", "source");
        if (source == null) {
            return null;
        }
        unknownFields(source, Set.of("doc", "quote"), "source.");
        String doc = text(source, "doc", "source.doc");
        String quote = text(source, "quote", "source.quote");
        if (doc != null && !normalizedDocs.containsKey(doc)) {
            problem("source.doc", "unknown document \"" + doc + "\" (expected one of "
                    + String.join(", ", new TreeSet<>(normalizedDocs.keySet())) + ")");
        } else if (doc != null && quote != null) {
            String needle = TextNormalizer.normalizeQuote(quote);
            if (!normalizedDocs.get(doc).contains(needle)) {
                problem("source.quote", "not found in " + doc);
            }
        }
        return doc == null || quote == null ? null : new SourceRef(doc, quote);
    }

    private Pyq readPyq(JsonObject o) {
        if (absent(o, "pyq")) {
            return null;
        }
        JsonObject pyq = object(o, "pyq", "pyq");
        if (pyq == null) {
            return null;
        }
        unknownFields(pyq, Set.of("exam", "paper", "year"), "pyq.");
        String exam = text(pyq, "exam", "pyq.exam");
        String paper = text(pyq, "paper", "pyq.paper");
        Integer year = wholeNumber(pyq, "year", "pyq.year");
        return exam == null || paper == null || year == null ? null : new Pyq(exam, paper, year);
    }

    private Function<QuestionMeta, Question> readMcq(JsonObject o) {
        List<String> options = texts(o, "options", "options");
        if (options != null) {
            if (options.size() != 4) {
                problem("options", "needs exactly 4 options, found " + options.size());
            }
            for (int i = 0; i < options.size(); i++) {
                int first = options.indexOf(options.get(i));
                if (first < i) {
                    problem("options[" + i + "]", "same text as options[" + first + "]");
                }
            }
        }
        Integer answer = wholeNumber(o, "answer", "answer");
        if (answer != null && (answer < 0 || answer > 3)) {
            problem("answer", answer + " is not an option index (0-3)");
        }
        return meta -> new Mcq(meta, options, answer);
    }

    private Function<QuestionMeta, Question> readStatements(JsonObject o) {
        JsonArray items = array(o, "statements", "statements");
        List<Statements.Statement> statements = new ArrayList<>();
        boolean complete = items != null;
        if (items != null) {
            if (items.size() < 2 || items.size() > 4) {
                problem("statements", "needs 2 to 4 statements, found " + items.size());
            }
            for (int i = 0; i < items.size(); i++) {
                String path = "statements[" + i + "]";
                JsonObject s = element(items.get(i), path);
                if (s == null) {
                    complete = false;
                    continue;
                }
                unknownFields(s, Set.of("text", "correct"), path + ".");
                String text = text(s, "text", path + ".text");
                Boolean correct = bool(s, "correct", path + ".correct");
                if (text == null || correct == null) {
                    complete = false;
                } else {
                    statements.add(new Statements.Statement(text, correct));
                }
            }
        }
        Statements.Style style = readStyle(o);
        if (complete && style != null) {
            checkStatementsHaveOptions(statements, style);
        }
        return meta -> new Statements(meta, statements, style);
    }

    private Statements.Style readStyle(JsonObject o) {
        String styleId = text(o, "style", "style");
        if (styleId == null) {
            return null;
        }
        Statements.Style style = Statements.Style.fromId(styleId).orElse(null);
        if (style == null) {
            problem("style", "unknown style \"" + styleId + "\" (expected which or how-many)");
        }
        return style;
    }

    /** The combinations the derived options can express (see OptionDerivation). */
    private void checkStatementsHaveOptions(List<Statements.Statement> statements, Statements.Style style) {
        int n = statements.size();
        long trueCount = statements.stream().filter(Statements.Statement::correct).count();
        if (style == Statements.Style.HOW_MANY && n < 3) {
            problem("style", "\"how-many\" needs at least 3 statements, found " + n);
        } else if (style == Statements.Style.HOW_MANY && n == 4 && trueCount == 0) {
            problem("statements", "with 4 statements and style \"how-many\" at least one must be correct"
                    + " (the options are Only one … All four)");
        } else if (style == Statements.Style.WHICH && n >= 3 && n <= 4 && trueCount == 0) {
            problem("statements", "with 3 or 4 statements and style \"which\" at least one must be correct"
                    + " (the options are combinations such as \"1 and 2 only\")");
        }
    }

    private Function<QuestionMeta, Question> readPairs(JsonObject o) {
        List<String> header = texts(o, "header", "header");
        if (header != null && header.size() != 2) {
            problem("header", "needs exactly 2 column names, found " + header.size());
        }
        JsonArray items = array(o, "pairs", "pairs");
        List<Pairs.Pair> pairs = new ArrayList<>();
        if (items == null) {
            return meta -> new Pairs(meta, header.get(0), header.get(1), pairs);
        }
        if (items.size() < 3 || items.size() > 4) {
            problem("pairs", "needs 3 or 4 pairs, found " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "pairs[" + i + "]";
            JsonObject p = element(items.get(i), path);
            if (p == null) {
                continue;
            }
            unknownFields(p, Set.of("left", "right", "correct", "actual"), path + ".");
            String left = text(p, "left", path + ".left");
            String right = text(p, "right", path + ".right");
            Boolean correct = bool(p, "correct", path + ".correct");
            String actual = null;
            if (Boolean.TRUE.equals(correct) && !absent(p, "actual")) {
                problem(path + ".actual", "only a wrong pair (\"correct\": false) has an actual right-hand side");
            } else if (Boolean.FALSE.equals(correct)) {
                actual = text(p, "actual", path + ".actual");
                if (actual != null && actual.equals(right)) {
                    problem(path + ".actual", "same as right; a wrong pair's actual must differ from what is shown");
                }
            }
            if (left != null && right != null && correct != null && (correct || actual != null)) {
                pairs.add(new Pairs.Pair(left, right, correct, actual));
            }
        }
        if (pairs.size() == items.size() && pairs.size() == 4 && pairs.stream().noneMatch(Pairs.Pair::correct)) {
            problem("pairs", "with 4 pairs at least one must be correct (the options are Only one … All four)");
        }
        return meta -> new Pairs(meta, header.get(0), header.get(1), pairs);
    }

    private Function<QuestionMeta, Question> readAssertion(JsonObject o) {
        String statement1 = text(o, "statement1", "statement1");
        String statement2 = text(o, "statement2", "statement2");
        String answer = text(o, "answer", "answer");
        Assertion.AssertionKey key = null;
        if (answer != null) {
            key = Assertion.AssertionKey.fromId(answer).orElse(null);
            if (key == null) {
                problem("answer", "unknown answer \"" + answer + "\" (expected one of "
                        + joinIds(Assertion.AssertionKey.values(), Assertion.AssertionKey::id) + ")");
            }
        }
        Assertion.AssertionKey answerKey = key;
        return meta -> new Assertion(meta, statement1, statement2, answerKey);
    }

    private Function<QuestionMeta, Question> readChronology(JsonObject o) {
        JsonArray items = array(o, "events", "events");
        List<Chronology.Event> events = new ArrayList<>();
        if (items == null) {
            return meta -> new Chronology(meta, events);
        }
        if (items.size() < 3 || items.size() > 4) {
            problem("events", "needs 3 or 4 events, found " + items.size());
        }
        Map<Integer, Integer> eventOfYear = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "events[" + i + "]";
            JsonObject e = element(items.get(i), path);
            if (e == null) {
                continue;
            }
            unknownFields(e, Set.of("text", "year"), path + ".");
            String text = text(e, "text", path + ".text");
            Integer year = wholeNumber(e, "year", path + ".year");
            if (year != null) {
                Integer tied = eventOfYear.putIfAbsent(year, i);
                if (tied != null) {
                    problem(path + ".year", year + " is also the year of events[" + tied + "]; years must differ");
                }
            }
            if (text != null && year != null) {
                events.add(new Chronology.Event(text, year));
            }
        }
        return meta -> new Chronology(meta, events);
    }

    // --- typed field access: each returns null after recording a problem ---

    private static boolean absent(JsonObject o, String key) {
        return !o.has(key) || o.get(key).isJsonNull();
    }

    private JsonElement required(JsonObject o, String key, String path) {
        if (absent(o, key)) {
            problem(path, "missing");
            return null;
        }
        return o.get(key);
    }

    private String text(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        return e == null ? null : textValue(e, path);
    }

    private String textValue(JsonElement e, String path) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(path, "must be a string");
            return null;
        }
        String s = e.getAsString();
        if (s.isBlank()) {
            problem(path, "must not be empty");
            return null;
        }
        return s;
    }

    /** A non-null list only if every element is a non-empty string. */
    private List<String> texts(JsonObject o, String key, String path) {
        JsonArray array = array(o, key, path);
        if (array == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.size(); i++) {
            String value = textValue(array.get(i), path + "[" + i + "]");
            if (value == null) {
                complete = false;
            } else {
                values.add(value);
            }
        }
        return complete ? values : null;
    }

    private Integer wholeNumber(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                return e.getAsBigDecimal().intValueExact();
            } catch (ArithmeticException notWhole) {
                problem(path, "must be a whole number, found " + e.getAsJsonPrimitive().getAsString());
                return null;
            }
        }
        problem(path, "must be a whole number");
        return null;
    }

    private Boolean bool(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        problem(path, "must be true or false");
        return null;
    }

    private JsonArray array(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            problem(path, "must be a list [ … ]");
            return null;
        }
        return e.getAsJsonArray();
    }

    private JsonObject object(JsonObject o, String key, String path) {
        JsonElement e = required(o, key, path);
        return e == null ? null : element(e, path);
    }

    private JsonObject element(JsonElement e, String path) {
        if (!e.isJsonObject()) {
            problem(path, "must be an object { … }");
            return null;
        }
        return e.getAsJsonObject();
    }

    /** Extra fields are refused: they are nearly always misspellings of real ones, which would be lost silently. */
    private void unknownFields(JsonObject o, Set<String> allowed, String pathPrefix) {
        for (String key : new LinkedHashSet<>(o.keySet())) {
            if (!allowed.contains(key)) {
                problem(pathPrefix + key, "unknown field (allowed here: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private void problem(String field, String message) {
        problems.add(new PackProblem(file, current, field, message));
    }

    private static <T> String joinIds(T[] values, Function<T, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
