package org.smriti.data.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.optimizer.LoggedReview;
import org.smriti.core.fsrs.optimizer.ReviewHistory;

/**
 * Reads a review log in py-fsrs's CSV format: a header naming the columns {@code card_id}, {@code review_rating}
 * (1 Again .. 4 Easy) and {@code review_time} (ISO-8601, e.g. {@code 2024-03-29T20:32:32.250000+00:00}; a time
 * without an offset is taken as UTC), in any order; {@code review_duration} and other columns are allowed and
 * ignored. Rows may come in any order; each card's reviews make one history.
 *
 * <p>Every problem names the file, the line (the header is line 1) and the column; reading stops after
 * {@value #MAX_PROBLEMS} of them.
 */
public final class ReviewLogCsv {

    public static final List<String> REQUIRED = List.of("card_id", "review_rating", "review_time");
    static final int MAX_PROBLEMS = 10;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private ReviewLogCsv() {
    }

    /** Reads {@code file}; a missing or unreadable file is an {@link IOException} with the OS's reason. */
    public static List<ReviewHistory> read(Path file) throws IOException, ReviewLogFormatException {
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** @param file the file's name, for messages */
    public static List<ReviewHistory> parse(String file, byte[] content) throws ReviewLogFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ReviewLogFormatException(List.of(file + ": not a CSV file (not UTF-8 text)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException ? e.getCause().getMessage() : e.getMessage();
            throw new ReviewLogFormatException(List.of(file + ": not valid CSV: " + reason));
        }
        if (records.isEmpty()) {
            throw new ReviewLogFormatException(List.of(file + ": empty; the first line must name the columns "
                    + String.join(",", REQUIRED) + ",review_duration"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = header(file, records.get(0), problems);
        if (!problems.isEmpty()) {
            throw new ReviewLogFormatException(problems);
        }
        Map<String, List<LoggedReview>> byCard = new LinkedHashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            LoggedReview review = row(file, record, columns, problems);
            if (review != null) {
                byCard.computeIfAbsent(record.get((int) columns.get("card_id")).strip(), k -> new ArrayList<>())
                        .add(review);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(file + ": stopped after " + MAX_PROBLEMS + " problems");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewLogFormatException(problems);
        }
        if (byCard.isEmpty()) {
            throw new ReviewLogFormatException(List.of(file + ": no reviews below the header line"));
        }
        List<ReviewHistory> histories = new ArrayList<>(byCard.size());
        byCard.forEach((card, reviews) -> histories.add(new ReviewHistory(card, reviews)));
        return histories;
    }

    private static Map<String, Integer> header(String file, CSVRecord header, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.contains(";")) {
                problems.add(file + ": line 1: columns are separated by semicolons; a CSV file separates them by "
                        + "commas");
                return columns;
            }
            if (REQUIRED.contains(name) && columns.putIfAbsent(name, i) != null) {
                problems.add(file + ": line 1: " + name + ": named twice");
            }
        }
        if (columns.isEmpty()) {
            problems.add(file + ": not a review log in py-fsrs's CSV format: its first line must name the columns "
                    + String.join(",", REQUIRED) + ",review_duration");
            return columns;
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(file + ": line 1: " + name + ": missing column (a review log has the columns "
                        + String.join(",", REQUIRED) + ",review_duration)");
            }
        }
        return columns;
    }

    private static LoggedReview row(String file, CSVRecord record, Map<String, Integer> columns,
                                    List<String> problems) {
        String where = file + ": line " + record.getRecordNumber() + ": ";
        int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (record.size() < needed) {
            problems.add(where + "has " + record.size() + " fields, the header " + needed + " or more");
            return null;
        }
        String card = record.get((int) columns.get("card_id")).strip();
        String rating = record.get((int) columns.get("review_rating")).strip();
        String time = record.get((int) columns.get("review_time")).strip();
        int before = problems.size();
        if (card.isEmpty()) {
            problems.add(where + "card_id: empty");
        }
        Rating parsedRating = null;
        if (!rating.matches("[1-4]")) {
            problems.add(where + "review_rating: must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was \""
                    + rating + "\"");
        } else {
            parsedRating = Rating.values()[Integer.parseInt(rating) - 1];
        }
        Instant at = instant(time);
        if (at == null) {
            problems.add(where + "review_time: not an ISO-8601 time like 2024-03-29T20:32:32.250+00:00, was \""
                    + time + "\"");
        }
        return problems.size() > before ? null : new LoggedReview(at, parsedRating);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
