package org.smriti.data.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.optimizer.LoggedReview;
import org.smriti.core.fsrs.optimizer.ReviewHistory;

/** py-fsrs's CSV review log: columns by name, one history per card, problems by file, line and column. */
class ReviewLogCsvTest {

    private static List<ReviewHistory> parse(String text) throws ReviewLogFormatException {
        return ReviewLogCsv.parse("log.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String problems(String text) {
        try {
            parse(text);
        } catch (ReviewLogFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void eachCardsRowsMakeOneHistoryInTheirOrderOfFirstAppearance() throws ReviewLogFormatException {
        List<ReviewHistory> histories = parse("""
                card_id,review_rating,review_time,review_duration
                17,3,2024-03-29T20:32:32.250000+00:00,25060
                9,1,2024-03-29T20:33:00Z,7000
                17,4,2024-03-31T08:00:00+05:30,1200
                """);
        assertThat(histories).extracting(ReviewHistory::cardId).containsExactly("17", "9");
        assertThat(histories.get(0).reviews()).containsExactly(
                new LoggedReview(Instant.parse("2024-03-29T20:32:32.250Z"), Rating.GOOD),
                new LoggedReview(Instant.parse("2024-03-31T02:30:00Z"), Rating.EASY));
    }

    @Test
    void columnsMayComeInAnyOrderWithOthersBesideAndATimeWithoutOffsetIsUtc() throws ReviewLogFormatException {
        List<ReviewHistory> histories = parse("\uFEFFreview_state,review_time,card_id,review_rating\n"
                + "2,2024-03-29T20:32:32,a,2\n");
        assertThat(histories.get(0).reviews()).containsExactly(
                new LoggedReview(Instant.parse("2024-03-29T20:32:32Z"), Rating.HARD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "17,5,2024-03-29T20:32:32Z | log.csv: line 3: review_rating: must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was \"5\"",
        "17,,2024-03-29T20:32:32Z  | log.csv: line 3: review_rating: must be 1 (Again)",
        "17,3,yesterday            | log.csv: line 3: review_time: not an ISO-8601 time like 2024-03-29T20:32:32.250+00:00, was \"yesterday\"",
        ",3,2024-03-29T20:32:32Z   | log.csv: line 3: card_id: empty",
        "17,3                      | log.csv: line 3: has 2 fields, the header 3 or more",
    })
    void aBadRowIsNamedByFileLineAndColumn(String row, String message) {
        assertThat(problems("card_id,review_rating,review_time\n1,3,2024-03-28T10:00:00Z\n" + row + "\n"))
                .startsWith(message);
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThat(problems("card_id,rating,review_time\n1,3,2024-03-28T10:00:00Z\n"))
                .isEqualTo("log.csv: line 1: review_rating: missing column (a review log has the columns "
                        + "card_id,review_rating,review_time,review_duration)");
    }

    @Test
    void aFileThatIsNotACsvLogSaysSo() {
        assertThat(problems("{\"cards\": []}")).isEqualTo("log.csv: not a review log in py-fsrs's CSV format: its "
                + "first line must name the columns card_id,review_rating,review_time,review_duration");
        assertThatThrownBy(() -> ReviewLogCsv.parse("log.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41}))
                .hasMessage("log.csv: not a CSV file (not UTF-8 text)");
        assertThat(problems("")).startsWith("log.csv: empty");
        assertThat(problems("card_id;review_rating;review_time\n")).contains("semicolons");
        assertThat(problems("card_id,review_rating,review_time\n")).isEqualTo("log.csv: no reviews below the header line");
    }

    @Test
    void readingStopsAfterTenProblems() {
        StringBuilder csv = new StringBuilder("card_id,review_rating,review_time\n");
        for (int i = 0; i < 30; i++) {
            csv.append("1,9,2024-03-28T10:00:00Z\n");
        }
        assertThatThrownBy(() -> parse(csv.toString())).isInstanceOfSatisfying(ReviewLogFormatException.class,
                e -> assertThat(e.problems()).hasSize(11).last().isEqualTo("log.csv: stopped after 10 problems"));
    }
}
