package org.smriti.data.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.ClozeText;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;

/**
 * Reads one pack (format 1, see question-bank/README.md) into core records, collecting every problem instead
 * of stopping at the first. Questions are built only when the whole pack is clean, so nothing is half-loaded.
 *
 * <p>The pack is walked as a JSON tree rather than bound to DTOs so that a wrong value in one field is
 * reported against that field, with the others still checked. One entry is one question, except a cloze note,
 * which gives one card per deletion number ({@code <id>-c1}, {@code <id>-c2}, …).
 */
final class PackReader {

    static final int FORMAT = 1;

    private static final Pattern TAG = Pattern.compile("\\S+");
    private static final Set<String> PACK_FIELDS = Set.of("format", "pack", "title", "questions");
    private static final Set<String> COMMON_FIELDS =
            Set.of("id", "type", "explanation", "topics", "difficulty", "source", "pyq", "tags");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.MCQ, Set.of("prompt", "options", "answer"),
            QuestionType.STATEMENTS, Set.of("prompt", "statements", "style", "options"),
            QuestionType.PAIRS, Set.of("prompt", "header", "pairs"),
            QuestionType.ASSERTION, Set.of("prompt", "statement1", "statement2", "answer"),
            QuestionType.CHRONOLOGY, Set.of("prompt", "events", "options"),
            QuestionType.FLASHCARD, Set.of("prompt", "answer"),
            QuestionType.CLOZE, Set.of("text"),
            QuestionType.DESCRIPTIVE, Set.of("prompt", "points"));
    /** The fields an entry of each type may have: made once, not for every entry of every pack read. */
    private static final Map<QuestionType, Set<String>> ALLOWED_FIELDS = allowedFields();

    /**
     * The outcome for one pack: if {@code problems} is empty, its summary and questions; otherwise no summary
     * and no questions. {@code ids} holds every id the pack uses, for the duplicate check of later packs.
     */
    record Result(PackSummary summary, List<Question> questions, Set<String> ids, List<PackProblem> problems) {
    }

    private final PackFields fields;
    private final ObjectiveReaders objective;
    private final PackRules rules;
    private final Map<String, SourceDocument> documents;
    private final Map<String, String> idsOfEarlierPacks;
    private final Map<String, String> idsInThisPack = new HashMap<>();
    private String packName;
    private String packTitle;

    /**
     * @param documents         the source documents by file name
     * @param idsOfEarlierPacks ids of questions of packs read before this one, mapped to their pack's name
     */
    private PackReader(String file, PackRules rules, Map<String, SourceDocument> documents,
            Map<String, String> idsOfEarlierPacks) {
        this.fields = new PackFields(file);
        this.objective = new ObjectiveReaders(fields);
        this.rules = rules;
        this.documents = documents;
        this.idsOfEarlierPacks = idsOfEarlierPacks;
    }

    static Result read(PackFile pack, PackRules rules, Map<String, SourceDocument> documents,
            Map<String, String> idsOfEarlierPacks) {
        return new PackReader(pack.name(), rules, documents, idsOfEarlierPacks).read(pack.content());
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
        if (fields.problemCount() > 0) {
            return new Result(null, List.of(), ids, fields.problems());
        }
        PackSummary summary = new PackSummary(fields.file(), packName, packTitle, questions.size());
        return new Result(summary, List.copyOf(questions), ids, List.of());
    }

    private Result failed(String message) {
        return new Result(null, List.of(), Set.of(), List.of(new PackProblem(fields.file(), null, null, message)));
    }

    private List<Question> readPack(JsonElement root) {
        if (!root.isJsonObject()) {
            fields.problem(null, "a pack must be a JSON object {\"format\": 1, \"pack\": …, \"title\": …, \"questions\": […]}");
            return List.of();
        }
        JsonObject pack = root.getAsJsonObject();
        fields.unknownFields(pack, PACK_FIELDS, "");
        Integer format = fields.wholeNumber(pack, "format", "format");
        if (format != null && format != FORMAT) {
            fields.problem("format", "must be " + FORMAT + ", found " + format);
        }
        packName = fields.text(pack, "pack", "pack");
        packTitle = fields.text(pack, "title", "title");
        JsonArray items = fields.array(pack, "questions", "questions");
        List<Question> questions = new ArrayList<>();
        if (items == null) {
            return questions;
        }
        for (int i = 0; i < items.size(); i++) {
            fields.readingQuestion("questions[" + i + "]");
            questions.addAll(readEntry(items.get(i), i));
        }
        fields.readingQuestion(null);
        return questions;
    }

    /** The entry's questions, or none if it has problems (they are recorded). */
    private List<Question> readEntry(JsonElement element, int index) {
        if (!element.isJsonObject()) {
            fields.problem(null, "must be a JSON object");
            return List.of();
        }
        JsonObject o = element.getAsJsonObject();
        int problemsBefore = fields.problemCount();
        String id = readId(o, index);
        QuestionType type = readType(o);
        if (type != null) {
            fields.unknownFields(o, ALLOWED_FIELDS.get(type), "");
        }
        String explanation = rules.sourceRequired()
                ? fields.text(o, "explanation", "explanation")
                : fields.optionalText(o, "explanation", "explanation", "");
        List<Topic> topics = readTopics(o);
        Integer difficulty = fields.wholeNumber(o, "difficulty", "difficulty");
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            fields.problem("difficulty", "must be 1, 2 or 3, found " + difficulty);
        }
        SourceRef source = readSource(o);
        Pyq pyq = readPyq(o);
        List<String> tags = readTags(o);
        if (type == null) {
            return List.of();
        }
        if (type == QuestionType.CLOZE) {
            return readCloze(o, id, problemsBefore, text -> new QuestionMeta(id, text, explanation, topics,
                    difficulty, source, pyq, tags));
        }
        String prompt = fields.text(o, "prompt", "prompt");
        Function<QuestionMeta, Question> build = readBody(type, o);
        // Every field has been checked; records are only built from a clean question.
        return fields.problemCount() == problemsBefore
                ? List.of(build.apply(new QuestionMeta(id, prompt, explanation, topics, difficulty, source, pyq, tags)))
                : List.of();
    }

    private Function<QuestionMeta, Question> readBody(QuestionType type, JsonObject o) {
        switch (type) {
            case MCQ:
                return objective.mcq(o);
            case STATEMENTS:
                return objective.statements(o);
            case PAIRS:
                return objective.pairs(o);
            case ASSERTION:
                return objective.assertion(o);
            case CHRONOLOGY:
                return objective.chronology(o);
            case FLASHCARD: {
                String answer = fields.text(o, "answer", "answer");
                return meta -> new Flashcard(meta, answer);
            }
            case DESCRIPTIVE: {
                List<String> points = fields.texts(o, "points", "points");
                if (points != null && points.isEmpty()) {
                    fields.problem("points", "needs at least one point");
                }
                return meta -> new Descriptive(meta, points);
            }
            default:
                throw new IllegalStateException("no reader for type " + type);
        }
    }

    /** A cloze note: one card per deletion number, each with the note's text and its own front as prompt. */
    private List<Question> readCloze(JsonObject o, String id, int problemsBefore,
            Function<String, QuestionMeta> noteMeta) {
        String text = fields.text(o, "text", "text");
        if (text == null) {
            return List.of();
        }
        ClozeText cloze = ClozeText.parse(text);
        cloze.problems().forEach(p -> fields.problem("text", p));
        if (id != null) {
            cloze.numbers().forEach(n -> claimId(Cloze.cardId(id, n), "text", "a card of cloze " + id));
        }
        if (fields.problemCount() > problemsBefore) {
            return List.of();
        }
        QuestionMeta meta = noteMeta.apply(text);
        List<Question> cards = new ArrayList<>();
        for (int number : cloze.numbers()) {
            cards.add(new Cloze(meta.withIdAndPrompt(Cloze.cardId(id, number), cloze.front(number)), text, number));
        }
        return cards;
    }

    private String readId(JsonObject o, int index) {
        String id = fields.text(o, "id", "id");
        if (id == null) {
            return null;
        }
        fields.readingQuestion(id);
        if (!isId(id)) {
            fields.problem("id", "must be lower-case letters and digits in words joined by \"-\", e.g. def-jimex-mcq");
        }
        claimId(id, "id", "questions[" + index + "] of this pack");
        return id;
    }

    /**
     * Whether {@code id} is lower-case letters and digits in words joined by "-" ({@code [a-z0-9]+(?:-[a-z0-9]+)*}),
     * checked by hand: start-up checks every own card's id.
     */
    static boolean isId(String id) {
        boolean wordStart = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' && !wordStart) {
                wordStart = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                wordStart = false;
            } else {
                return false;
            }
        }
        return !wordStart;
    }

    private static Map<QuestionType, Set<String>> allowedFields() {
        Map<QuestionType, Set<String>> allowed = new EnumMap<>(QuestionType.class);
        TYPE_FIELDS.forEach((type, own) -> {
            Set<String> all = new HashSet<>(COMMON_FIELDS);
            all.addAll(own);
            allowed.put(type, Set.copyOf(all));
        });
        return allowed;
    }

    /** Records {@code id} as used by the current entry; a second use, here or in an earlier pack, is a problem. */
    private void claimId(String id, String field, String user) {
        String earlier = idsInThisPack.putIfAbsent(id, user);
        String named = field.equals("id") ? "" : " " + id;
        if (earlier != null) {
            fields.problem(field, "duplicate id" + named + " (also " + earlier + ")");
        } else if (idsOfEarlierPacks.containsKey(id)) {
            fields.problem(field, "duplicate id" + named + " (also in " + idsOfEarlierPacks.get(id) + ")");
        }
    }

    private QuestionType readType(JsonObject o) {
        String type = fields.text(o, "type", "type");
        if (type == null) {
            return null;
        }
        QuestionType t = QuestionType.fromId(type).orElse(null);
        if (t == null) {
            fields.problem("type", "unknown type \"" + type + "\" (expected one of "
                    + PackFields.joinIds(QuestionType.values(), QuestionType::id) + ")");
        }
        return t;
    }

    private List<Topic> readTopics(JsonObject o) {
        List<String> ids = fields.texts(o, "topics", "topics");
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty()) {
            fields.problem("topics", "needs at least one topic");
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Topic t = Topic.fromId(ids.get(i)).orElse(null);
            if (t == null) {
                fields.problem("topics[" + i + "]", "unknown topic \"" + ids.get(i) + "\" (expected one of "
                        + PackFields.joinIds(Topic.values(), Topic::id) + ")");
            } else if (topics.contains(t)) {
                fields.problem("topics[" + i + "]", "\"" + ids.get(i) + "\" is listed twice");
            } else {
                topics.add(t);
            }
        }
        return topics;
    }

    private List<String> readTags(JsonObject o) {
        if (PackFields.absent(o, "tags")) {
            return List.of();
        }
        List<String> tags = fields.texts(o, "tags", "tags");
        if (tags == null) {
            return null;
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!TAG.matcher(tags.get(i)).matches()) {
                fields.problem("tags[" + i + "]", "a tag is one word without spaces, found \"" + tags.get(i) + "\"");
            }
        }
        return tags;
    }

    private SourceRef readSource(JsonObject o) {
        if (!rules.sourceRequired() && PackFields.absent(o, "source")) {
            return null;
        }
        JsonObject source = fields.object(o, "source", "source");
        if (source == null) {
            return null;
        }
        fields.unknownFields(source, Set.of("doc", "quote"), "source.");
        String doc = fields.text(source, "doc", "source.doc");
        String quote = fields.text(source, "quote", "source.quote");
        if (doc == null || quote == null) {
            return null;
        }
        // An own card is never refused for a note changed since: whether its quote is still there is asked when a
        // screen shows the card (study.Library#sourceStatus), so loading searches no note for it.
        if (rules.quoteMustBeFound()) {
            if (!documents.containsKey(doc)) {
                fields.problem("source.doc", "unknown document \"" + doc + "\" (expected one of "
                        + String.join(", ", new TreeSet<>(documents.keySet())) + ")");
            } else if (!documents.get(doc).contains(quote)) {
                fields.problem("source.quote", "not found in " + doc);
            }
        }
        return new SourceRef(doc, quote);
    }

    private Pyq readPyq(JsonObject o) {
        if (PackFields.absent(o, "pyq")) {
            return null;
        }
        JsonObject pyq = fields.object(o, "pyq", "pyq");
        if (pyq == null) {
            return null;
        }
        fields.unknownFields(pyq, Set.of("exam", "paper", "year"), "pyq.");
        String exam = fields.text(pyq, "exam", "pyq.exam");
        String paper = fields.text(pyq, "paper", "pyq.paper");
        Integer year = fields.wholeNumber(pyq, "year", "pyq.year");
        return exam == null || paper == null || year == null ? null : new Pyq(exam, paper, year);
    }
}
