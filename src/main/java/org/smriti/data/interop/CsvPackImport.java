package org.smriti.data.interop;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smriti.data.bank.PackProblem;

/**
 * Turns a simple CSV file (see docs/interop.md) into a pack in the bank's JSON format, so that the pack validator
 * checks it exactly like any other pack. This class only checks what the JSON cannot express - the CSV's shape,
 * the columns, the four options and the answer letter - and translates the validator's problems back to rows
 * and columns ({@code mine.csv: row 4: source_quote: not found in …}).
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1 and a cell spanning several lines is
 * still one row.
 */
final class CsvPackImport {

    static final List<String> REQUIRED = List.of("prompt", "answer", "topic", "source_doc", "source_quote");
    static final List<String> OPTIONS = List.of("option_a", "option_b", "option_c", "option_d");
    static final List<String> OPTIONAL = List.of("explanation", "id", "difficulty");
    static final int DEFAULT_DIFFICULTY = 2;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern LETTER = Pattern.compile("\\(?([a-dA-D])\\)?");
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "topics", "topic",
            "source", "source_doc",
            "source.doc", "source_doc",
            "source.quote", "source_quote",
            "options", "option_a");

    /**
     * A converted CSV: the pack's JSON and, for each question (in order), its row and id; or the problems that
     * stopped the conversion.
     */
    record Conversion(byte[] packJson, List<Integer> rows, List<String> ids, List<String> problems) {
    }

    private final String file;
    private final String packName;
    private final List<String> problems = new ArrayList<>();

    private CsvPackImport(String file, String packName) {
        this.file = file;
        this.packName = packName;
    }

    /**
     * @param file     the CSV's file name, used in every message and, as {@code packName}, in generated ids
     * @param packName the pack's short name, e.g. {@code mine} for {@code Mine.csv}
     */
    static Conversion convert(String file, String packName, byte[] content) {
        return new CsvPackImport(file, packName).convert(content);
    }

    /** A validator problem about the converted pack, said in terms of the CSV: row and column. */
    static String describe(PackProblem p, String file, Conversion conversion) {
        List<Integer> rows = conversion.rows();
        StringJoiner line = new StringJoiner(": ");
        line.add(file);
        if (p.questionId() != null) {
            Matcher position = INDEXED.matcher(p.questionId());
            int index = position.matches() ? Integer.parseInt(position.group(2)) : conversion.ids().indexOf(p.questionId());
            line.add(index >= 0 && index < rows.size() ? "row " + rows.get(index) : p.questionId());
        }
        if (p.field() != null) {
            line.add(column(p.field()));
        }
        return line.add(p.message()).toString();
    }

    private static String column(String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches() && indexed.group(1).equals("options")) {
            return OPTIONS.get(Integer.parseInt(indexed.group(2)));
        }
        if (indexed.matches() && indexed.group(1).equals("topics")) {
            return "topic";
        }
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private Conversion convert(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed(file + ": not UTF-8 text (save it as \"CSV UTF-8\")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheets put a byte order mark before UTF-8 CSV
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException ? e.getCause().getMessage() : e.getMessage();
            return failed(file + ": not valid CSV: " + reason);
        }
        if (records.isEmpty()) {
            return failed(file + ": empty file; the first row must name the columns: "
                    + String.join(",", REQUIRED) + " (see docs/interop.md)");
        }
        Map<String, Integer> columns = readHeader(records.get(0));
        if (!problems.isEmpty()) {
            return new Conversion(null, List.of(), List.of(), List.copyOf(problems));
        }
        JsonArray questions = new JsonArray();
        List<Integer> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, Long> rowOfId = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            JsonObject q = readRow(record, columns, records.get(0).size());
            if (q == null) {
                continue;
            }
            String id = q.get("id").getAsString();
            Long earlier = rowOfId.putIfAbsent(id, record.getRecordNumber());
            if (earlier != null) {
                problem(record, "id", "\"" + id + "\" is also the id of row " + earlier);
            }
            questions.add(q);
            rows.add((int) record.getRecordNumber());
            ids.add(id);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(file + ": no questions below the header row");
        }
        if (!problems.isEmpty()) {
            return new Conversion(null, List.of(), List.of(), List.copyOf(problems));
        }
        JsonObject pack = new JsonObject();
        pack.addProperty("format", 1);
        pack.addProperty("pack", packName);
        pack.addProperty("title", "Imported from " + file);
        pack.add("questions", questions);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(pack) + "\n";
        return new Conversion(json.getBytes(StandardCharsets.UTF_8), List.copyOf(rows), List.copyOf(ids), List.of());
    }

    private Map<String, Integer> readHeader(CSVRecord header) {
        List<String> allowed = new ArrayList<>(REQUIRED);
        allowed.addAll(OPTIONS);
        allowed.addAll(OPTIONAL);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.contains(";")) {
                problem(header, null, "columns are separated by semicolons; save the file as CSV with commas");
                return columns;
            } else if (name.isEmpty()) {
                problem(header, "column " + (i + 1), "has no name; name it or delete the column");
            } else if (!allowed.contains(name)) {
                problem(header, name, "unknown column (allowed: " + String.join(", ", allowed) + ")");
            } else if (columns.putIfAbsent(name, i) != null) {
                problem(header, name, "named twice");
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problem(header, name, name.startsWith("source_")
                        ? "missing column (every question cites a passage of a source document)"
                        : "missing column");
            }
        }
        long optionColumns = OPTIONS.stream().filter(columns::containsKey).count();
        if (optionColumns > 0 && optionColumns < OPTIONS.size()) {
            OPTIONS.stream().filter(o -> !columns.containsKey(o)).forEach(o ->
                    problem(header, o, "missing column (option_a to option_d go together)"));
        }
        return columns;
    }

    /** The question of one row as pack JSON, or {@code null} after recording why it cannot be one. */
    private JsonObject readRow(CSVRecord record, Map<String, Integer> columns, int width) {
        if (record.size() != width) {
            problem(record, null, "has " + record.size() + " cells, the header row has " + width);
            return null;
        }
        JsonObject q = new JsonObject();
        String id = cell(record, columns, "id");
        q.addProperty("id", id.isEmpty() ? "user-" + packName + "-" + record.getRecordNumber() : id);
        List<String> options = OPTIONS.stream().filter(columns::containsKey)
                .map(o -> cell(record, columns, o)).toList();
        boolean mcq = options.stream().anyMatch(o -> !o.isEmpty());
        q.addProperty("type", mcq ? "mcq" : "flashcard");
        putText(q, "prompt", cell(record, columns, "prompt"));
        String answer = cell(record, columns, "answer");
        if (mcq) {
            readOptions(record, q, options, answer);
        } else {
            putText(q, "answer", answer);
        }
        String explanation = cell(record, columns, "explanation");
        q.addProperty("explanation", explanation.isEmpty() ? "No explanation was given in " + file + "." : explanation);
        JsonArray topics = new JsonArray();
        Arrays.stream(cell(record, columns, "topic").split(";"))
                .map(String::strip).filter(t -> !t.isEmpty()).forEach(topics::add);
        if (!topics.isEmpty()) {
            q.add("topics", topics);
        }
        readDifficulty(record, q, cell(record, columns, "difficulty"));
        JsonObject source = new JsonObject();
        putText(source, "doc", cell(record, columns, "source_doc"));
        putText(source, "quote", cell(record, columns, "source_quote"));
        q.add("source", source);
        return q;
    }

    private void readOptions(CSVRecord record, JsonObject q, List<String> options, String answer) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isEmpty()) {
                problem(record, OPTIONS.get(i), "missing (an mcq needs four options)");
            }
            array.add(options.get(i));
        }
        q.add("options", array);
        if (answer.isEmpty()) {
            return; // the validator reports "answer: missing"
        }
        Matcher letter = LETTER.matcher(answer);
        int index = letter.matches()
                ? Character.toLowerCase(letter.group(1).charAt(0)) - 'a'
                : options.indexOf(answer);
        if (index < 0) {
            problem(record, "answer", "\"" + answer + "\" is neither a letter a-d nor the text of an option");
        } else {
            q.addProperty("answer", index);
        }
    }

    private void readDifficulty(CSVRecord record, JsonObject q, String difficulty) {
        if (difficulty.isEmpty()) {
            q.addProperty("difficulty", DEFAULT_DIFFICULTY);
            return;
        }
        try {
            q.addProperty("difficulty", Integer.parseInt(difficulty));
        } catch (NumberFormatException e) {
            problem(record, "difficulty", "\"" + difficulty + "\" is not 1 (easy), 2 (medium) or 3 (hard)");
        }
    }

    /** An absent column and an empty cell are the same: nothing, which the validator reports if it is needed. */
    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : record.get(i).strip();
    }

    private static void putText(JsonObject o, String key, String value) {
        if (!value.isEmpty()) {
            o.addProperty(key, value);
        }
    }

    private void problem(CSVRecord record, String column, String message) {
        problems.add(file + ": row " + record.getRecordNumber() + ": " + (column == null ? "" : column + ": ")
                + message);
    }

    private Conversion failed(String problem) {
        return new Conversion(null, List.of(), List.of(), List.of(problem));
    }
}
